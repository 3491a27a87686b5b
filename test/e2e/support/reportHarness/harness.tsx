// A stand-in page for the browser tests of the report while the overview is not yet reachable in
// the workbench's pane: the overview shell, on the report tab, over the process documents the
// emulator holds (read exactly as the pane reads them: the app folder's listing, then each
// document's download URL), in the pane's 320 px or the dashboard's full width.
import { Text } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { DEFAULT_SETTINGS, ok, parseProcessDocument, type Process } from "../../../../src/domain";
import { createOutboxStatusStore } from "../../../../src/state/outboxStatusStore";
import { createOverviewStore } from "../../../../src/state/overviewStore";
import { createProcessesStore } from "../../../../src/state/processesStore";
import { createSettingsStore } from "../../../../src/state/settingsStore";
import { SvaraProvider } from "../../../../src/ui/common/SvaraProvider";
import { OverviewShell } from "../../../../src/ui/overview/OverviewShell";

const params = new URLSearchParams(location.search);
const graph = params.get("graph")!;
const language = params.get("lang") === "en" ? "en" : "sv";
const theme = params.get("theme") === "dark" ? "dark" : "light";
const layout = params.get("layout") === "dashboard" ? "dashboard" : "pane";

async function readProcesses(): Promise<Process[]> {
  const headers = { Authorization: "Bearer svara-dev-token" };
  const listing = (await (
    await fetch(`${graph}/me/drive/special/approot:/processes:/children`, { headers })
  ).json()) as { value: Array<{ "@microsoft.graph.downloadUrl": string }> };
  const out: Process[] = [];
  for (const item of listing.value) {
    const parsed = parseProcessDocument(await (await fetch(item["@microsoft.graph.downloadUrl"])).json());
    if (!parsed.ok) throw new Error(parsed.error.message.en);
    out.push(parsed.value.process);
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

async function main() {
  const unused = () => {
    throw new Error("the report harness sends nothing");
  };
  const processes = createProcessesStore({ dispatch: unused, refresh: unused });
  processes.setState({ status: "ready", processes: await readProcesses() });
  const roaming = { get: () => undefined, set: async () => ok(undefined) };
  const overview = createOverviewStore();
  overview.getState().showTab("report");
  const services = {
    layout,
    processes,
    settings: createSettingsStore(roaming as never, language),
    outbox: createOutboxStatusStore({ retry: unused, resume: unused, discard: unused, cancel: unused }),
    overview,
    openCandidate: unused,
    openLatestMail: unused,
    notify: unused,
  } as const;
  services.settings.setState({ settings: DEFAULT_SETTINGS });
  document.documentElement.lang = language;
  createRoot(document.getElementById("root")!).render(
    <SvaraProvider theme={theme} language={language}>
      <main style={{ padding: 12, boxSizing: "border-box" }}>
        {/* The pane's own heading, as TaskPane.tsx has it. */}
        <Text as="h1" size={500} weight="semibold">
          Svara
        </Text>
        <OverviewShell services={services} />
      </main>
    </SvaraProvider>,
  );
}

void main();
