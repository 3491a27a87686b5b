import { Text, makeStyles, mergeClasses, tokens, useId } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  wrapper: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  // As the answer-time table: the columns stay, the table scrolls sideways at 320 px.
  scroll: {
    overflowX: "auto",
    maxWidth: "100%",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: {
    borderCollapse: "collapse",
    width: "100%",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground1,
  },
  cell: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: "end",
    whiteSpace: "nowrap",
    fontVariantNumeric: "tabular-nums",
  },
  head: { fontWeight: tokens.fontWeightSemibold, verticalAlign: "bottom" },
  rowHead: {
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    whiteSpace: "normal",
    minWidth: "5em",
    position: "sticky",
    left: 0,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  total: { fontWeight: tokens.fontWeightSemibold },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

export interface FeedbackTableRow {
  readonly key: string;
  readonly name: ReactNode;
  readonly cells: readonly ReactNode[];
  readonly total?: boolean;
}

/** A small figures table with a caption a screen reader names it by and headers on both axes. */
export function FeedbackTable(props: {
  caption: string;
  columns: readonly string[];
  rows: readonly FeedbackTableRow[];
  testId: string;
}) {
  const styles = useStyles();
  const captionId = useId("feedback-caption");
  return (
    <div className={styles.wrapper}>
      <Text weight="semibold" aria-hidden="true">
        {props.caption}
      </Text>
      <div
        className={styles.scroll}
        role="region"
        aria-labelledby={captionId}
        tabIndex={0}
        data-testid={props.testId}
      >
        <table className={styles.table}>
          <caption id={captionId} className={styles.hidden}>
            {props.caption}
          </caption>
          <thead>
            <tr>
              {props.columns.map((c, i) => (
                <th
                  key={c}
                  scope="col"
                  className={mergeClasses(styles.cell, styles.head, i === 0 ? styles.rowHead : undefined)}
                >
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row) => (
              <tr key={row.key} data-testid={`${props.testId}-${row.key}`}>
                <th
                  scope="row"
                  className={mergeClasses(styles.cell, styles.rowHead, row.total ? styles.total : undefined)}
                >
                  {row.name}
                </th>
                {row.cells.map((cell, i) => (
                  <td key={i} className={mergeClasses(styles.cell, row.total ? styles.total : undefined)}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** "–" to the eye, words to a screen reader. */
export function NoFigure({ label }: { label: string }) {
  const styles = useStyles();
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className={styles.hidden}>{label}</span>
    </>
  );
}
