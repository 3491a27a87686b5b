import { Text } from "@fluentui/react-components";
import type { ListedEvent } from "./calendar";
import { stockholmShort, useListStyles } from "./listStyles";
import { SelectableList } from "./SelectableList";

export function EventList(props: {
  events: readonly ListedEvent[];
  selectedId: string | null;
  onSelect: (e: ListedEvent) => void;
}) {
  const styles = useListStyles();
  return (
    <SelectableList
      items={props.events}
      selectedId={props.selectedId}
      onSelect={props.onSelect}
      label="Kalender"
      testId="event"
    >
      {(e) => (
        <>
          <Text weight="semibold">{e.subject}</Text>
          <Text size={200} className={styles.muted}>
            {e.start ? stockholmShort.format(new Date(e.start)) : ""} ·{" "}
            {e.attendees.map((a) => a.name).join(", ")}
          </Text>
        </>
      )}
    </SelectableList>
  );
}
