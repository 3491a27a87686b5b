import { createRoot } from "react-dom/client";
import { selectHost } from "../host/selectHost";
import { languageFromTag } from "../i18n/translate";
import { createItemStore } from "../state/itemStore";
import { SvaraProvider } from "../ui/common/SvaraProvider";
import { TaskPane } from "../ui/taskpane/TaskPane";

async function main() {
  const host = await selectHost(window.location);
  const items = createItemStore();
  const load = async () => {
    items.getState().loading();
    const result = await host.currentItem();
    if (result.ok) items.getState().showItem(result.value);
    else items.getState().showError(result.error);
  };
  host.onItemChanged((item) => items.getState().showItem(item));
  const root = createRoot(document.getElementById("root")!);
  root.render(
    <SvaraProvider theme={host.theme()} language={languageFromTag(host.displayLanguage())}>
      <TaskPane items={items} onRetry={load} />
    </SvaraProvider>,
  );
  await load();
}

void main();
