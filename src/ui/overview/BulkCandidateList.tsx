import { Checkbox, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useRef } from "react";
import type { OverviewRow } from "../../domain";
import { rowKey } from "../../state/overviewStore";
import { useLanguage } from "../common/LanguageContext";
import { bulkClockText } from "./bulkClockText";
import { registerLaterWords } from "../../i18n/laterFeatures";

registerLaterWords();

/** One line for the name, one for process and clock: every row the same height, so the list can
 * be virtualised by arithmetic. */
const ROW_PX = 56;
const MAX_HEIGHT_PX = 392;

const useStyles = makeStyles({
  scroller: {
    overflowY: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: {
    position: "absolute",
    left: 0,
    right: 0,
    height: `${ROW_PX}px`,
    display: "flex",
    flexDirection: "column",
    justifyContent: "center",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    boxSizing: "border-box",
    minWidth: 0,
  },
  check: { minWidth: 0 },
  name: { whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" },
  meta: {
    paddingLeft: tokens.spacingHorizontalXXXL, // under the name, past the box
    color: tokens.colorNeutralForeground3,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  overdue: { color: tokens.colorPaletteRedForeground1 },
});

/** Everyone open, most urgent first, a checkbox each labelled with the name; only the rows in
 * view are in the page (10,000 candidates stay as fast as 10). */
export function BulkCandidateList(props: {
  rows: readonly OverviewRow[];
  selected: ReadonlySet<string>;
  onToggle(key: string): void;
}) {
  const styles = useStyles();
  const { t } = useLanguage();
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: props.rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_PX,
    overscan: 8,
    initialRect: { width: 320, height: MAX_HEIGHT_PX },
  });
  if (props.rows.length === 0) return <Text>{t("bulk.empty")}</Text>;
  return (
    <div
      ref={scroller}
      className={styles.scroller}
      style={{ height: Math.min(props.rows.length * ROW_PX, MAX_HEIGHT_PX) }}
      role="group"
      aria-label={t("bulk.list")}
      data-testid="bulk-list"
    >
      <div style={{ height: virtual.getTotalSize(), position: "relative" }}>
        {virtual.getVirtualItems().map((item) => {
          const row = props.rows[item.index]!;
          const key = rowKey(row);
          const clock = bulkClockText(row.clock, t);
          return (
            <div key={key} className={styles.row} style={{ transform: `translateY(${item.start}px)` }}>
              <Checkbox
                className={styles.check}
                checked={props.selected.has(key)}
                onChange={() => props.onToggle(key)}
                aria-describedby={`bulk-meta-${item.index}`}
                data-testid="bulk-row"
                label={<span className={styles.name}>{row.name}</span>}
              />
              <Text id={`bulk-meta-${item.index}`} size={200} className={styles.meta}>
                {row.processTitle} ·{" "}
                <span className={row.clock.phase === "overdue" ? styles.overdue : undefined}>{clock}</span>
              </Text>
            </div>
          );
        })}
      </div>
    </div>
  );
}
