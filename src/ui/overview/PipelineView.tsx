import { Button, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useMemo, useRef } from "react";
import { useStore } from "zustand";
import type { OverviewRow, Pipeline, PipelineColumn } from "../../domain";
import { rowKey, selectPipeline } from "../../state/overviewStore";
import { useLanguage } from "../common/LanguageContext";
import { CandidateRow, ROW_HEIGHT } from "./CandidateRow";
import { useNow, useOverview } from "./overviewServices";
import { listMaxHeight, rowKeys, useRowActions } from "./virtualRows";
import { ProcessOptions } from "./ProcessOptions";
import { registerLaterWords } from "../../i18n/laterFeatures";

registerLaterWords();

/** The pipeline as one flat list (headings, rows, the closed toggle), so it virtualises as one. */
type Item =
  | { readonly kind: "heading"; readonly column: PipelineColumn }
  | { readonly kind: "row"; readonly row: OverviewRow }
  | { readonly kind: "toggle" };

const HEIGHT: Record<Item["kind"], number> = { heading: 36, row: ROW_HEIGHT, toggle: 44 };

function flatten(pipeline: Pipeline, showClosed: boolean): readonly Item[] {
  const items: Item[] = [];
  const add = (column: PipelineColumn) => {
    items.push({ kind: "heading", column });
    for (const row of column.rows) items.push({ kind: "row", row });
  };
  pipeline.columns.filter((c) => !c.closed).forEach(add);
  if (pipeline.columns.some((c) => c.closed)) {
    items.push({ kind: "toggle" });
    if (showClosed) pipeline.columns.filter((c) => c.closed).forEach(add);
  }
  return items;
}

const keyOf = (item: Item): string =>
  item.kind === "row"
    ? rowKey(item.row)
    : item.kind === "heading"
      ? `stage:${item.column.stage.id}`
      : "toggle";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  count: { color: tokens.colorNeutralForeground2 },
  scroll: { overflowY: "auto", minWidth: 0 },
  list: { position: "relative", width: "100%" },
  item: { position: "absolute", top: 0, left: 0, width: "100%", boxSizing: "border-box" },
  heading: {
    margin: 0,
    display: "flex",
    alignItems: "flex-end",
    height: "100%",
    paddingBottom: tokens.spacingVerticalXS,
    boxSizing: "border-box",
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  toggle: { display: "flex", alignItems: "center", height: "100%" },
});

/** One process as the recruiting system shows it: everyone by stage, in the process's order. */
export default function PipelineView() {
  const styles = useStyles();
  const services = useOverview();
  const { t } = useLanguage();
  const actions = useRowActions();
  const processes = useStore(services.processes, (s) => s.processes);
  const settings = useStore(services.settings, (s) => s.settings);
  const processId = useStore(services.overview, (s) => s.pipelineProcessId);
  const showClosed = useStore(services.overview, (s) => s.showClosed);
  const now = useNow(processes);
  const pipeline = selectPipeline(processes, processId, settings, now);
  const items = useMemo(() => (pipeline ? flatten(pipeline, showClosed) : []), [pipeline, showClosed]);

  const scroll = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroll.current,
    estimateSize: (i) => HEIGHT[items[i]!.kind],
    getItemKey: (i) => keyOf(items[i]!),
    overscan: 8,
  });

  if (!pipeline) return <Text data-testid="pipeline-empty">{t("pipeline.noProcess")}</Text>;
  const heading = (column: PipelineColumn) =>
    t("pipeline.stageHeading", { stage: column.stage.name, count: column.rows.length });

  return (
    <div className={styles.view} data-testid="pipeline-view">
      <Field label={t("pipeline.process")} size="small">
        <Select
          size="small"
          value={pipeline.process.id}
          data-testid="pipeline-process"
          onChange={(_, d) => services.overview.getState().showPipelineOf(d.value)}
        >
          <ProcessOptions processes={processes} />
        </Select>
      </Field>
      <Text size={200} className={styles.count} aria-live="polite" data-testid="pipeline-count">
        {t("pipeline.count", { count: pipeline.open })}
      </Text>
      <div
        ref={scroll}
        className={styles.scroll}
        style={{ maxHeight: listMaxHeight(services.layout) }}
        onKeyDown={rowKeys(virtualizer, (i) => items[i]?.kind === "row")}
      >
        <div
          role="group"
          aria-label={t("pipeline.list", { process: pipeline.process.title })}
          className={styles.list}
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtualizer.getVirtualItems().map((v) => {
            const item = items[v.index]!;
            return (
              <div
                key={v.key}
                data-index={v.index}
                className={styles.item}
                style={{ height: HEIGHT[item.kind], transform: `translateY(${v.start}px)` }}
              >
                {item.kind === "heading" && (
                  <Text
                    as="h2"
                    className={styles.heading}
                    data-testid="pipeline-heading"
                    data-stage={item.column.stage.id}
                    data-count={item.column.rows.length}
                  >
                    {heading(item.column)}
                  </Text>
                )}
                {item.kind === "row" && (
                  <div data-testid="pipeline-row" data-stage={item.row.stageId}>
                    <CandidateRow
                      row={item.row}
                      where={null}
                      onOpen={() => actions.open(item.row)}
                      onOpenMail={() => void actions.openMail(item.row)}
                    />
                  </div>
                )}
                {item.kind === "toggle" && (
                  <div className={styles.toggle}>
                    <Button
                      appearance="secondary"
                      size="small"
                      aria-expanded={showClosed}
                      onClick={() => services.overview.getState().toggleClosed()}
                      data-testid="pipeline-closed-toggle"
                    >
                      {t(showClosed ? "pipeline.hideClosed" : "pipeline.showClosed", {
                        count: pipeline.closed,
                      })}
                    </Button>
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
