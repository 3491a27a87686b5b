import { Text, mergeClasses } from "@fluentui/react-components";
import { stockholmShort, useListStyles } from "./listStyles";
import type { ListedEvent } from "./calendar";

export function EventList(props: {
  events: readonly ListedEvent[];
  selectedId: string | null;
  onSelect: (e: ListedEvent) => void;
}) {
  const styles = useListStyles();
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
              {e.start ? stockholmShort.format(new Date(e.start)) : ""} ·{" "}
              {e.attendees.map((a) => a.name).join(", ")}
            </Text>
          </button>
        </li>
      ))}
    </ul>
  );
}
