import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ListedEvent } from "./calendar";

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
  },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
  muted: { color: tokens.colorNeutralForeground3 },
});

const when = new Intl.DateTimeFormat("sv-SE", {
  dateStyle: "short",
  timeStyle: "short",
  timeZone: "Europe/Stockholm",
});

export function EventList(props: {
  events: readonly ListedEvent[];
  selectedId: string | null;
  onSelect: (e: ListedEvent) => void;
}) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label="Kalender">
      {props.events.map((e) => (
        <li key={e.id}>
          <button
            type="button"
            className={mergeClasses(styles.item, e.id === props.selectedId && styles.selected)}
            aria-current={e.id === props.selectedId ? "true" : undefined}
            data-testid="event"
            onClick={() => props.onSelect(e)}
          >
            <Text weight="semibold">{e.subject}</Text>
            <Text size={200} className={styles.muted}>
              {e.start ? when.format(new Date(e.start)) : ""} · {e.attendees.map((a) => a.name).join(", ")}
            </Text>
          </button>
        </li>
      ))}
    </ul>
  );
}
