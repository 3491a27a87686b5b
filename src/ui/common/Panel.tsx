import { Avatar, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    boxShadow: tokens.shadow4,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
    width: "100%",
    boxSizing: "border-box",
  },
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0 },
  titles: { display: "flex", flexDirection: "column", minWidth: 0 },
  rule: {
    border: "none",
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    margin: 0,
    width: "100%",
  },
});

/**
 * A card-shaped panel from Fluent tokens. Fluent's Card brings focus management and a few KB of
 * code the pane's first paint does not need (ARCHITECTURE.md §6 budget); this draws the same.
 */
export function Panel(props: {
  label: string;
  avatarName: string;
  title: ReactNode;
  subtitle?: ReactNode;
  testId?: string;
  className?: string;
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <section
      className={mergeClasses(styles.panel, props.className)}
      aria-label={props.label}
      data-testid={props.testId}
    >
      <div className={styles.header}>
        <Avatar name={props.avatarName} color="colorful" aria-hidden />
        <div className={styles.titles}>
          {props.title}
          {props.subtitle && <Text size={200}>{props.subtitle}</Text>}
        </div>
      </div>
      {props.children}
    </section>
  );
}

export function Rule() {
  return <hr className={useStyles().rule} />;
}
