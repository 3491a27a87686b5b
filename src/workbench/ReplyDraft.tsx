import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import DOMPurify from "dompurify";
import type { ListedMessage } from "./mailbox";

const useStyles = makeStyles({
  draft: {
    padding: tokens.spacingHorizontalL,
    borderTop: `2px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  body: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    padding: tokens.spacingHorizontalS,
    minHeight: "80px",
  },
});

/** Stands in for Outlook's reply form: what the pane asked Outlook to open, ready to edit. */
export function ReplyDraft(props: { to: ListedMessage; html: string; onDiscard: () => void }) {
  const styles = useStyles();
  return (
    <section className={styles.draft} aria-label="Svar" data-testid="reply-draft">
      <Text weight="semibold" block>
        Svar till {props.to.from?.name ?? ""} — Re: {props.to.subject}
      </Text>
      <div
        className={styles.body}
        contentEditable
        suppressContentEditableWarning
        role="textbox"
        aria-multiline="true"
        aria-label="Meddelande"
        dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(props.html) }}
      />
      <Button onClick={props.onDiscard}>Släng utkastet</Button>
    </section>
  );
}
