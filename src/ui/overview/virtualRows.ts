import type { Virtualizer } from "@tanstack/react-virtual";
import { useMemo, type KeyboardEvent } from "react";
import type { CandidateRef, AppError, Result } from "../../domain";
import { useOverview, type OverviewServices } from "./overviewServices";

/** The list scrolls inside what is left of the page: the pane under its header and filters, the
 * dashboard under its own. A floor keeps a few rows visible in a very short pane. */
export const listMaxHeight = (layout: OverviewServices["layout"]): string =>
  layout === "pane" ? "max(240px, calc(100vh - 280px))" : "max(320px, calc(100vh - 220px))";

const KEYS = new Set(["ArrowDown", "ArrowUp", "Home", "End"]);

/**
 * Arrow keys, Home and End move between the rows' open buttons (Tab still walks the buttons in
 * order). A row outside the rendered window is scrolled in first, then focused once it is there.
 */
export function rowKeys(
  virtualizer: Virtualizer<HTMLDivElement, Element>,
  isRow: (index: number) => boolean = () => true,
) {
  return (event: KeyboardEvent<HTMLElement>) => {
    if (!KEYS.has(event.key)) return;
    const item = (event.target as HTMLElement).closest<HTMLElement>("[data-index]");
    const container = event.currentTarget;
    if (!item) return;
    const count = virtualizer.options.count;
    const from = Number(item.dataset["index"]);
    const step = event.key === "ArrowUp" || event.key === "End" ? -1 : 1;
    let to = event.key === "Home" ? 0 : event.key === "End" ? count - 1 : from + step;
    while (to >= 0 && to < count && !isRow(to)) to += step;
    if (to < 0 || to >= count) return;
    event.preventDefault();
    virtualizer.scrollToIndex(to, { align: "auto" });
    const focus = (tries: number) => {
      const button = container.querySelector<HTMLElement>(`[data-index="${to}"] [data-testid="row-open"]`);
      if (button) button.focus();
      else if (tries > 0) requestAnimationFrame(() => focus(tries - 1));
    };
    requestAnimationFrame(() => focus(10));
  };
}

/** What a row's two buttons do: open the candidate; open their latest mail, saying why when it cannot. */
export type RowActions = ReturnType<typeof useRowActions>;

/** The same object for as long as the services are: rows memoised on it do not re-render. */
export function useRowActions() {
  const services = useOverview();
  return useMemo(() => rowActions(services), [services]);
}

function rowActions(services: OverviewServices) {
  return {
    open: (ref: CandidateRef) =>
      services.openCandidate({ processId: ref.processId, candidateId: ref.candidateId }),
    openMail: async (ref: CandidateRef) => {
      const opened: Result<void> = await services.openLatestMail({
        processId: ref.processId,
        candidateId: ref.candidateId,
      });
      if (!opened.ok) services.notify({ kind: "error", error: opened.error as AppError });
    },
  };
}
