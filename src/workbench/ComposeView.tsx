import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import DOMPurify from "dompurify";
import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from "react";
import type { Person } from "../host/host";

const useStyles = makeStyles({
  compose: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    borderTop: `2px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    overflowY: "auto",
  },
  body: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    minHeight: "120px",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

export interface ComposeDraft {
  readonly to: readonly Person[];
  readonly subject: string;
  readonly html: string;
  /** Set for a reply: the mail it answers. */
  readonly inReplyTo: string | null;
}

export interface ComposeHandle {
  /** Outlook's body.setSelectedDataAsync: at the cursor when it is in the body, else at the end. */
  insertHtml(html: string): void;
}

const parseRecipients = (text: string): Person[] =>
  text
    .split(/[;,]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const match = /^(.*?)\s*<([^>]+)>$/.exec(part);
      const email = (match ? match[2]! : part).trim().toLowerCase();
      return { name: match?.[1]?.trim() || email, email };
    });

const formatRecipients = (people: readonly Person[]) =>
  people.map((p) => (p.name && p.name !== p.email ? `${p.name} <${p.email}>` : p.email)).join("; ");

/** Stands in for Outlook's compose form: recipients, subject, an editable body, Send. */
export const ComposeView = forwardRef<
  ComposeHandle,
  {
    draft: ComposeDraft;
    onChange: (draft: ComposeDraft) => void;
    onSend: (draft: ComposeDraft) => Promise<string | null>;
    onDiscard: () => void;
  }
>(function ComposeView(props, ref) {
  const styles = useStyles();
  const body = useRef<HTMLDivElement | null>(null);
  const savedRange = useRef<Range | null>(null);
  const [to, setTo] = useState(formatRecipients(props.draft.to));
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  useEffect(() => {
    if (body.current) body.current.innerHTML = DOMPurify.sanitize(props.draft.html);
    // Only on open: after that the body is the recruiter's to edit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const current = (): ComposeDraft => ({
    ...props.draft,
    to: parseRecipients(to),
    html: body.current?.innerHTML ?? "",
  });

  useImperativeHandle(ref, () => ({
    insertHtml(html: string) {
      const editor = body.current;
      if (!editor) return;
      const clean = DOMPurify.sanitize(html);
      const range = savedRange.current;
      if (range && editor.contains(range.commonAncestorContainer)) {
        range.deleteContents();
        range.insertNode(range.createContextualFragment(clean));
      } else editor.insertAdjacentHTML("beforeend", clean);
      props.onChange(current());
    },
  }));

  const remember = () => {
    const selection = window.getSelection();
    if (selection && selection.rangeCount > 0) savedRange.current = selection.getRangeAt(0).cloneRange();
  };

  return (
    <section className={styles.compose} aria-label="Nytt meddelande" data-testid="compose">
      <Text weight="semibold">{props.draft.inReplyTo ? "Svar" : "Nytt mail"}</Text>
      <Field label="Till">
        <Input
          value={to}
          data-testid="compose-to"
          onChange={(_, d) => setTo(d.value)}
          onBlur={() => props.onChange(current())}
        />
      </Field>
      <Field label="Ämne">
        <Input
          value={props.draft.subject}
          data-testid="compose-subject"
          onChange={(_, d) => props.onChange({ ...current(), subject: d.value })}
        />
      </Field>
      <div
        ref={body}
        className={styles.body}
        contentEditable
        suppressContentEditableWarning
        role="textbox"
        aria-multiline="true"
        aria-label="Meddelande"
        data-testid="compose-body"
        onKeyUp={remember}
        onMouseUp={remember}
        onBlur={() => {
          remember();
          props.onChange(current());
        }}
      />
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={sending}
          data-testid="compose-send"
          onClick={async () => {
            setSending(true);
            const failure = await props.onSend(current());
            setSending(false);
            setError(failure);
          }}
        >
          Skicka
        </Button>
        <Button onClick={props.onDiscard}>Släng</Button>
      </div>
    </section>
  );
});
