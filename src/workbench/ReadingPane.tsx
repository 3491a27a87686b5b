import { Divider, Text, makeStyles, tokens } from "@fluentui/react-components";
import DOMPurify from "dompurify";
import type { ListedMessage } from "./mailbox";

const useStyles = makeStyles({
  pane: { padding: tokens.spacingHorizontalL, overflowY: "auto", height: "100%", boxSizing: "border-box" },
  body: { marginTop: tokens.spacingVerticalM, overflowWrap: "anywhere" },
});

/** Mail bodies are untrusted: sanitised before they reach the page, as Outlook does. */
export function ReadingPane({
  message,
  body,
}: {
  message: ListedMessage | null;
  body: { contentType: string; content: string } | null;
}) {
  const styles = useStyles();
  if (!message) {
    return (
      <section className={styles.pane} aria-label="Läsfönster">
        <Text>Välj ett mail i listan.</Text>
      </section>
    );
  }
  return (
    <section className={styles.pane} aria-label="Läsfönster" data-testid="reading-pane">
      <Text as="h2" size={500} weight="semibold" block>
        {message.subject}
      </Text>
      <Text block>{message.from ? `${message.from.name} <${message.from.email}>` : ""}</Text>
      <Divider />
      {body &&
        (body.contentType.toLowerCase() === "html" ? (
          <div
            className={styles.body}
            dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(body.content) }}
          />
        ) : (
          <pre className={styles.body} style={{ whiteSpace: "pre-wrap", fontFamily: "inherit" }}>
            {body.content}
          </pre>
        ))}
    </section>
  );
}
