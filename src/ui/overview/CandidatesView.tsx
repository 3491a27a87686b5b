import { Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useVirtualizer } from "@tanstack/react-virtual";
import { memo, useMemo, useRef } from "react";
import { useStore } from "zustand";
import { defaultStages, type OverviewRow, type StageKind } from "../../domain";
import { rowKey, selectFilteredRows, selectOverviewRows } from "../../state/overviewStore";
import { useLanguage } from "../common/LanguageContext";
import { CandidateRow, ROW_HEIGHT } from "./CandidateRow";
import { useNow, useOverview } from "./overviewServices";
import { listMaxHeight, rowKeys, useRowActions, type RowActions } from "./virtualRows";
import { ProcessOptions } from "./ProcessOptions";
import { Loading } from "../common/Loading";

const CLOSED: ReadonlySet<StageKind> = new Set(["hired", "rejected", "withdrawn"]);

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  filters: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  filter: { flexGrow: 1, flexBasis: "130px", minWidth: 0 },
  count: { color: tokens.colorNeutralForeground2 },
  scroll: { overflowY: "auto", minWidth: 0 },
  list: { position: "relative", width: "100%" },
  item: { position: "absolute", top: 0, left: 0, width: "100%" },
});

/** One row, rendered again only when its candidate or clock changed: scrolling mounts the rows
 * coming into view and leaves the others alone. */
const ListRow = memo(function ListRow({ row, actions }: { row: OverviewRow; actions: RowActions }) {
  return (
    <CandidateRow
      row={row}
      where={`${row.processTitle} · ${row.stageName}`}
      onOpen={() => actions.open(row)}
      onOpenMail={() => void actions.openMail(row)}
    />
  );
});

/** Everyone still in a process, most urgent first: overdue with days, then days left. */
export default function CandidatesView() {
  const styles = useStyles();
  const services = useOverview();
  const { t, language } = useLanguage();
  const actions = useRowActions();
  const processes = useStore(services.processes, (s) => s.processes);
  const loading = useStore(services.processes, (s) => s.status === "loading");
  const settings = useStore(services.settings, (s) => s.settings);
  const filter = useStore(services.overview, (s) => s.filter);
  const now = useNow(processes);
  const rows = selectFilteredRows(selectOverviewRows(processes, settings, now), filter);
  const overdue = useMemo(() => rows.filter((r) => r.clock.phase === "overdue").length, [rows]);
  const stages = useMemo(() => defaultStages(language).filter((s) => !CLOSED.has(s.kind)), [language]);

  const scroll = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroll.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (i) => rowKey(rows[i]!),
    overscan: 8,
  });
  const filtered = filter.processId !== null || filter.stageKind !== null;
  const count = t("overview.count", { count: rows.length });
  const late = t("overview.overdue", { count: overdue });

  return (
    <div className={styles.view} data-testid="candidates-view">
      <div className={styles.filters}>
        <Field label={t("overview.filter.process")} size="small" className={styles.filter}>
          <Select
            size="small"
            value={filter.processId ?? ""}
            data-testid="filter-process"
            onChange={(_, d) => services.overview.getState().filterByProcess(d.value || null)}
          >
            <option value="">{t("overview.filter.allProcesses")}</option>
            <ProcessOptions processes={processes} />
          </Select>
        </Field>
        <Field label={t("overview.filter.stage")} size="small" className={styles.filter}>
          <Select
            size="small"
            value={filter.stageKind ?? ""}
            data-testid="filter-stage"
            onChange={(_, d) =>
              services.overview.getState().filterByStage((d.value || null) as StageKind | null)
            }
          >
            <option value="">{t("overview.filter.allStages")}</option>
            {stages.map((s) => (
              <option key={s.kind} value={s.kind}>
                {s.name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Text size={200} className={styles.count} aria-live="polite" data-testid="overview-count">
        {`${count}, ${late}`}
      </Text>
      {rows.length === 0 ? (
        loading ? (
          <Loading />
        ) : (
          <Text data-testid="overview-empty">
            {t(filtered ? "overview.emptyFiltered" : "overview.empty")}
          </Text>
        )
      ) : (
        <div
          ref={scroll}
          className={styles.scroll}
          style={{ maxHeight: listMaxHeight(services.layout) }}
          onKeyDown={rowKeys(virtualizer)}
        >
          <div
            role="list"
            aria-label={t("overview.list")}
            className={styles.list}
            style={{ height: virtualizer.getTotalSize() }}
            data-testid="overview-list"
          >
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index]!;
              return (
                <div
                  key={item.key}
                  role="listitem"
                  aria-setsize={rows.length}
                  aria-posinset={item.index + 1}
                  data-index={item.index}
                  className={styles.item}
                  style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
                  data-testid="overview-row"
                >
                  <ListRow row={row} actions={actions} />
                </div>
              );
            })}
          </div>
        </div>
      )}
    </div>
  );
}
