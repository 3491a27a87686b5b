import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { OverviewRow } from "../../domain";
import { useLanguage } from "../common/LanguageContext";
import { RowClock } from "./RowClock";

/** Every row is this tall, so 10,000 of them are a sum, not a measurement. */
export const ROW_HEIGHT = 60;

const useStyles = makeStyles({
  row: {
    display: "flex",
    alignItems: "stretch",
    gap: tokens.spacingHorizontalXS,
    height: `${ROW_HEIGHT - 4}px`,
    boxSizing: "border-box",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  open: {
    flexGrow: 1,
    minWidth: 0,
    justifyContent: "flex-start",
    textAlign: "start",
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightRegular,
  },
  lines: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
    width: "100%",
  },
  name: {
    fontWeight: tokens.fontWeightSemibold,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  second: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0 },
  where: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    minWidth: 0,
  },
  mail: { alignSelf: "center", flexShrink: 0 },
});

/**
 * One candidate in a list: name on the first line; the clock, and where they are, on the second, so
 * the row still reads at 320 px. The row opens the candidate; the envelope opens their latest mail.
 */
export function CandidateRow({
  row,
  where,
  onOpen,
  onOpenMail,
  className,
}: {
  row: OverviewRow;
  /** "Process · stage" in the overview; nothing in a pipeline, where the heading says it. */
  where: string | null;
  onOpen(): void;
  onOpenMail(): void;
  className?: string;
}) {
  const styles = useStyles();
  const { t } = useLanguage();
  return (
    <div className={mergeClasses(styles.row, className)}>
      <Button appearance="subtle" className={styles.open} onClick={onOpen} data-testid="row-open">
        <span className={styles.lines}>
          <span className={styles.name} data-testid="row-name">
            {row.name}
          </span>
          <span className={styles.second}>
            <RowClock clock={row.clock} />
            {where && <span className={styles.where}>{where}</span>}
          </span>
        </span>
      </Button>
      <Button
        appearance="subtle"
        size="small"
        className={styles.mail}
        aria-label={t("overview.openMail", { name: row.name })}
        title={t("overview.openMail", { name: row.name })}
        onClick={onOpenMail}
        data-testid="row-mail"
      >
        ✉
      </Button>
    </div>
  );
}
