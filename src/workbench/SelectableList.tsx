import { mergeClasses } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useListStyles } from "./listStyles";

/** The Outlook-like list the folders and the calendar share: one button a row, the chosen one marked. */
export function SelectableList<T extends { readonly id: string }>(props: {
  items: readonly T[];
  selectedId: string | null;
  onSelect: (item: T) => void;
  label: string;
  testId: string;
  children: (item: T) => ReactNode;
}) {
  const styles = useListStyles();
  return (
    <ul className={styles.list} aria-label={props.label}>
      {props.items.map((item) => (
        <li key={item.id}>
          <button
            type="button"
            className={mergeClasses(styles.item, item.id === props.selectedId && styles.selected)}
            aria-current={item.id === props.selectedId ? "true" : undefined}
            data-testid={props.testId}
            onClick={() => props.onSelect(item)}
          >
            {props.children(item)}
          </button>
        </li>
      ))}
    </ul>
  );
}
