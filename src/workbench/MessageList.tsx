import { Badge, Text, mergeClasses } from "@fluentui/react-components";
import { stockholmShort, useListStyles } from "./listStyles";
import type { ListedMessage } from "./mailbox";
import { SelectableList } from "./SelectableList";

export function MessageList(props: {
  messages: readonly ListedMessage[];
  selectedId: string | null;
  onSelect: (message: ListedMessage) => void;
}) {
  const styles = useListStyles();
  return (
    <SelectableList
      items={props.messages}
      selectedId={props.selectedId}
      onSelect={props.onSelect}
      label="Inkorg"
      testId="message"
    >
      {(m) => (
        <>
          <Text weight="semibold" className={styles.line}>
            {m.from?.name ?? "?"}
          </Text>
          <Text className={styles.line}>{m.subject}</Text>
          <Text size={200} className={mergeClasses(styles.line, styles.muted)}>
            {m.receivedAt ? stockholmShort.format(new Date(m.receivedAt)) : ""} · {m.preview}
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
        </>
      )}
    </SelectableList>
  );
}
