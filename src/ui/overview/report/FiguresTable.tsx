import { Text, makeStyles, mergeClasses, tokens, useId } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  wrapper: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  // The table keeps its columns at 320 px and scrolls sideways; the keyboard can scroll it too.
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
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: "end",
    whiteSpace: "nowrap",
    fontVariantNumeric: "tabular-nums",
  },
  head: { fontWeight: tokens.fontWeightSemibold, verticalAlign: "bottom", whiteSpace: "normal" },
  // The row's name stays in view while the figures scroll under it.
  rowHead: {
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    whiteSpace: "normal",
    minWidth: "6em",
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

export interface FiguresRow {
  readonly key: string;
  readonly name: ReactNode;
  readonly cells: readonly ReactNode[];
}

/**
 * A figures table of the report: a caption a screen reader names it by, headers on both axes, an
 * optional total row at its foot. The caption shows above the scroll area too, so at 320 px it wraps
 * instead of scrolling away with the columns.
 */
export function FiguresTable(props: {
  caption: string;
  /** The first names the rows' column; the rest the figures'. */
  columns: readonly string[];
  rows: readonly FiguresRow[];
  total?: FiguresRow;
  testId: string;
  /** Each row's test id; `{testId}-{key}` unless given. */
  rowTestId?: (key: string) => string;
  /** Each figure column's `data-figure`, in order, so a test can read a figure by its name. */
  figureIds?: readonly string[];
}) {
  const styles = useStyles();
  const captionId = useId("figures-caption");
  const rowTestId = props.rowTestId ?? ((key: string) => `${props.testId}-${key}`);
  const line = (row: FiguresRow, total: boolean) => (
    <tr key={row.key} data-testid={rowTestId(row.key)}>
      <th scope="row" className={mergeClasses(styles.cell, styles.rowHead, total ? styles.total : undefined)}>
        {row.name}
      </th>
      {row.cells.map((cell, i) => (
        <td
          key={props.figureIds?.[i] ?? i}
          className={mergeClasses(styles.cell, total ? styles.total : undefined)}
          data-figure={props.figureIds?.[i]}
        >
          {cell}
        </td>
      ))}
    </tr>
  );
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
          <tbody>{props.rows.map((row) => line(row, false))}</tbody>
          {props.total && <tfoot>{line(props.total, true)}</tfoot>}
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
