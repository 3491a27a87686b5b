import { Badge, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ListedMessage } from "./mailbox";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, overflowY: "auto", height: "100%" },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    width: "100%",
    textAlign: "left",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: "none",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  selected: {
    backgroundColor: tokens.colorBrandBackground2,
    ":hover": { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  line: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  muted: { color: tokens.colorNeutralForeground3 },
});

const stockholm = new Intl.DateTimeFormat("sv-SE", {
  dateStyle: "short",
  timeStyle: "short",
  timeZone: "Europe/Stockholm",
});

export function MessageList(props: {
  messages: readonly ListedMessage[];
  selectedId: string | null;
  onSelect: (message: ListedMessage) => void;
}) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label="Inkorg">
      {props.messages.map((m) => (
        <li key={m.id}>
          <button
            type="button"
            className={mergeClasses(styles.item, m.id === props.selectedId && styles.selected)}
            aria-current={m.id === props.selectedId ? "true" : undefined}
            data-testid="message"
            onClick={() => props.onSelect(m)}
          >
            <Text weight="semibold" className={styles.line}>
              {m.from?.name ?? "?"}
            </Text>
            <Text className={styles.line}>{m.subject}</Text>
            <Text size={200} className={mergeClasses(styles.line, styles.muted)}>
              {m.receivedAt ? stockholm.format(new Date(m.receivedAt)) : ""} · {m.preview}
            </Text>
            {m.categories.length > 0 && (
              <span>
                {m.categories.map((c) => (
                  <Badge key={c} size="small" appearance="tint" color="brand">
                    {c}
                  </Badge>
                ))}
              </span>
            )}
          </button>
        </li>
      ))}
    </ul>
  );
}
