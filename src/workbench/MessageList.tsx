import { Badge, Text, mergeClasses } from "@fluentui/react-components";
import { stockholmShort, useListStyles } from "./listStyles";
import type { ListedMessage } from "./mailbox";

export function MessageList(props: {
  messages: readonly ListedMessage[];
  selectedId: string | null;
  onSelect: (message: ListedMessage) => void;
}) {
  const styles = useListStyles();
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
          </button>
        </li>
      ))}
    </ul>
  );
}
