import {
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import type { ThemeKind } from "../host/host";
import { listInbox, readBody, toHostItem, type ListedMessage, type MailboxSource } from "./mailbox";
import { MessageList } from "./MessageList";
import { connectPane } from "./paneBridge";
import { ReadingPane } from "./ReadingPane";
import { ReplyDraft } from "./ReplyDraft";

const useStyles = makeStyles({
  shell: { display: "grid", gridTemplateRows: "auto 1fr", height: "100vh" },
  bar: {
    display: "flex",
    alignItems: "end",
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  main: { display: "grid", minHeight: 0 },
  column: {
    minHeight: 0,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    display: "flex",
    flexDirection: "column",
  },
  frame: { border: "none", height: "100%", width: "100%", backgroundColor: tokens.colorNeutralBackground2 },
  field: { color: tokens.colorNeutralForegroundOnBrand },
});

export interface WorkbenchSettings {
  readonly source: MailboxSource;
  readonly language: string;
  readonly theme: ThemeKind;
  readonly paneWidth: number;
}

export function WorkbenchApp({ initial }: { initial: WorkbenchSettings }) {
  const styles = useStyles();
  const [settings, setSettings] = useState(initial);
  const [messages, setMessages] = useState<ListedMessage[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<ListedMessage | null>(null);
  const [body, setBody] = useState<{ contentType: string; content: string } | null>(null);
  const [reply, setReply] = useState<string | null>(null);
  const frameRef = useRef<HTMLIFrameElement | null>(null);
  const selectedRef = useRef<ListedMessage | null>(null);
  const bridge = useRef<ReturnType<typeof connectPane> | null>(null);

  useEffect(() => {
    bridge.current = connectPane(() => frameRef.current, {
      onReply: (html) => setReply(html),
      onInsert: () => false,
    });
    return () => bridge.current?.dispose();
  }, []);

  useEffect(() => {
    listInbox(settings.source).then(setMessages, (e: Error) => setError(e.message));
  }, [settings.source]);

  const select = useCallback(
    (message: ListedMessage) => {
      selectedRef.current = message;
      setSelected(message);
      setBody(null);
      setReply(null);
      bridge.current?.select(toHostItem(message));
      readBody(settings.source, message.id).then(
        (b) => selectedRef.current?.id === message.id && setBody(b),
        (e: Error) => setError(e.message),
      );
    },
    [settings.source],
  );

  const paneUrl = `taskpane.html?host=workbench&lang=${encodeURIComponent(settings.language)}&theme=${settings.theme}`;

  return (
    <div className={styles.shell}>
      <header className={styles.bar}>
        <Text as="h1" size={500} weight="semibold" style={{ margin: 0, marginRight: "auto" }}>
          Svara workbench — Outlook stand-in
        </Text>
        <Field label={{ children: "Språk / Language", className: styles.field }}>
          <Select
            value={settings.language}
            onChange={(_, d) => setSettings({ ...settings, language: d.value })}
          >
            <option value="sv-SE">Svenska</option>
            <option value="en-US">English</option>
          </Select>
        </Field>
        <Field label={{ children: "Tema / Theme", className: styles.field }}>
          <Select
            value={settings.theme}
            onChange={(_, d) => setSettings({ ...settings, theme: d.value as ThemeKind })}
          >
            <option value="light">Light</option>
            <option value="dark">Dark</option>
            <option value="high-contrast">High contrast</option>
          </Select>
        </Field>
        <Field label={{ children: "Panelbredd / Pane width", className: styles.field }}>
          <Select
            value={String(settings.paneWidth)}
            onChange={(_, d) => setSettings({ ...settings, paneWidth: Number(d.value) })}
          >
            {[320, 360, 450].map((w) => (
              <option key={w} value={w}>
                {w} px
              </option>
            ))}
          </Select>
        </Field>
      </header>
      <div
        className={styles.main}
        style={{ gridTemplateColumns: `minmax(240px, 1fr) 2fr ${settings.paneWidth}px` }}
      >
        <nav className={styles.column} aria-label="Mappar och mail">
          {error && (
            <MessageBar intent="error">
              <MessageBarBody>{error}</MessageBarBody>
            </MessageBar>
          )}
          <MessageList messages={messages} selectedId={selected?.id ?? null} onSelect={select} />
        </nav>
        <div className={styles.column}>
          <ReadingPane message={selected} body={body} />
          {reply !== null && selected && (
            <ReplyDraft to={selected} html={reply} onDiscard={() => setReply(null)} />
          )}
        </div>
        <iframe
          key={paneUrl}
          ref={frameRef}
          className={styles.frame}
          src={paneUrl}
          title="Svara task pane"
          data-testid="taskpane-frame"
          onLoad={() => bridge.current?.select(selected ? toHostItem(selected) : null)}
        />
      </div>
    </div>
  );
}
