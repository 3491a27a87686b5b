import { MessageBar, MessageBarBody, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import { eventHostItem, listEvents, type ListedEvent } from "./calendar";
import { ComposeView, type ComposeDraft, type ComposeHandle } from "./ComposeView";
import { EventList } from "./EventList";
import { composeItem } from "./composeItem";
import {
  listFolder,
  readBody,
  readMessage,
  sendMail,
  whoAmI,
  toHostItem,
  type ListedMessage,
  type WorkbenchFolder,
} from "./mailbox";
import { MessageList } from "./MessageList";
import { connectPane } from "./paneBridge";
import { ReadingPane } from "./ReadingPane";
import { raiseOnMessageSend } from "./sendEvents";
import { WorkbenchBar, type WorkbenchSettings } from "./WorkbenchBar";

const useStyles = makeStyles({
  shell: { display: "grid", gridTemplateRows: "auto 1fr", height: "100vh" },
  main: { display: "grid", minHeight: 0 },
  column: {
    minHeight: 0,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    display: "flex",
    flexDirection: "column",
  },
  frame: { border: "none", height: "100%", width: "100%", backgroundColor: tokens.colorNeutralBackground2 },
});

function deferred() {
  let resolve = () => {};
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** The workbench plays Outlook: folders, a reading pane, a compose form, and Svara's pane beside them. */
export function WorkbenchApp({ initial }: { initial: WorkbenchSettings }) {
  const styles = useStyles();
  const [settings, setSettings] = useState(initial);
  const [folder, setFolder] = useState<WorkbenchFolder | "calendar">("inbox");
  const [events, setEvents] = useState<ListedEvent[]>([]);
  const [selectedEvent, setSelectedEvent] = useState<string | null>(null);
  const [messages, setMessages] = useState<ListedMessage[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<ListedMessage | null>(null);
  const [body, setBody] = useState<{ contentType: string; content: string } | null>(null);
  const [compose, setCompose] = useState<ComposeDraft | null>(null);
  const [me, setMe] = useState<string | null>(null);
  // The event runtime (commands.html) parses half a megabyte on the page's own thread: it starts once
  // the pane has loaded (or a mail is being written), so it never slows the pane's first connection.
  const [runtimeWanted, setRuntimeWanted] = useState(false);
  const runtimeLoaded = useRef(deferred());
  const paneLoaded = () =>
    typeof requestIdleCallback === "function"
      ? requestIdleCallback(() => setRuntimeWanted(true), { timeout: 2000 })
      : setRuntimeWanted(true);
  const frameRef = useRef<HTMLIFrameElement | null>(null);
  const composeRef = useRef<ComposeHandle | null>(null);
  const runtimeRef = useRef<HTMLIFrameElement | null>(null);
  const selectedRef = useRef<ListedMessage | null>(null);
  const bridge = useRef<ReturnType<typeof connectPane> | null>(null);
  const openCompose = useRef<(draft: ComposeDraft) => void>(() => undefined);
  const sourceRef = useRef(settings.source);
  sourceRef.current = settings.source;
  const selectRef = useRef<(message: ListedMessage) => void>(() => undefined);

  useEffect(() => {
    bridge.current = connectPane(() => frameRef.current, {
      onReply: (html) => {
        const to = selectedRef.current;
        if (to)
          openCompose.current({
            to: to.from ? [to.from] : [],
            subject: `Re: ${to.subject}`,
            html,
            inReplyTo: to.id,
          });
      },
      onInsert: (html) => {
        if (!composeRef.current) return false;
        composeRef.current.insertHtml(html);
        return true;
      },
      // Outlook opens the mail in a window of its own; the workbench shows it in the reading pane.
      onOpenMessage: async (id) => {
        const message = await readMessage(sourceRef.current, id);
        if (message) selectRef.current(message);
        return message !== null;
      },
    });
    return () => bridge.current?.dispose();
  }, []);

  // Each folder switch numbers its load, so a slow inbox answer never lands under "Skickat".
  const loads = useRef(0);
  const reload = useCallback(() => {
    const load = ++loads.current;
    const current =
      <T,>(set: (v: T) => void) =>
      (v: T) =>
        load === loads.current && set(v);
    const failed = (e: Error) => load === loads.current && setError(e.message);
    if (folder === "calendar") listEvents(settings.source).then(current(setEvents), failed);
    else listFolder(settings.source, folder).then(current(setMessages), failed);
  }, [settings.source, folder]);
  useEffect(reload, [reload]);
  useEffect(() => {
    whoAmI(settings.source).then(setMe, () => setMe(""));
  }, [settings.source]);

  const composeCount = useRef(0);
  const [composeKey, setComposeKey] = useState(0);
  openCompose.current = (draft: ComposeDraft) => {
    // A new compose form each time, as Outlook opens a new window: no recipients left from the last.
    setComposeKey(++composeCount.current);
    setRuntimeWanted(true);
    setCompose(draft);
    bridge.current?.select(composeItem(draft));
  };

  const select = useCallback(
    (message: ListedMessage) => {
      selectedRef.current = message;
      setSelected(message);
      setBody(null);
      setCompose(null);
      bridge.current?.select(toHostItem(message));
      readBody(settings.source, message.id).then(
        (b) => selectedRef.current?.id === message.id && setBody(b),
        (e: Error) => setError(e.message),
      );
    },
    [settings.source],
  );
  selectRef.current = select;

  useEffect(() => {
    const id = initial.openMessage;
    if (id) void readMessage(initial.source, id).then((message) => message && selectRef.current(message));
  }, [initial.openMessage, initial.source]);

  const send = async (draft: ComposeDraft): Promise<string | null> => {
    if (draft.to.length === 0) return "Lägg till minst en mottagare.";
    try {
      // As Outlook does: the OnMessageSend handler runs first and may stamp headers; the mail goes anyway.
      // A mail written at once after the page opened waits for the runtime, as Outlook's would.
      await Promise.race([runtimeLoaded.current.promise, new Promise((r) => setTimeout(r, 5000))]);
      const stamps = await raiseOnMessageSend(() => runtimeRef.current, {
        recipients: draft.to.map((p) => p.email),
        subject: draft.subject,
        at: new Date().toISOString(),
      });
      await sendMail(settings.source, { to: draft.to, subject: draft.subject, html: draft.html, ...stamps });
    } catch (e) {
      return (e as Error).message;
    }
    setCompose(null);
    bridge.current?.select(selectedRef.current ? toHostItem(selectedRef.current) : null);
    reload();
    return null;
  };

  const paneUrl = `taskpane.html?host=workbench&lang=${encodeURIComponent(settings.language)}&theme=${settings.theme}&graph=${encodeURIComponent(settings.source.graphUrl)}&me=${encodeURIComponent(me ?? "")}`;

  // The dashboard page against the same emulator, language and theme: a Teams tab's stand-in.
  const dashboardUrl = `dashboard.html?host=workbench&lang=${encodeURIComponent(settings.language)}&theme=${settings.theme}&graph=${encodeURIComponent(settings.source.graphUrl)}&me=${encodeURIComponent(me ?? "")}`;

  return (
    <div className={styles.shell}>
      <WorkbenchBar
        settings={settings}
        dashboardUrl={dashboardUrl}
        onChange={setSettings}
        onNewMail={() => openCompose.current({ to: [], subject: "", html: "", inReplyTo: null })}
      />
      <div
        className={styles.main}
        style={{ gridTemplateColumns: `minmax(240px, 1fr) 2fr ${settings.paneWidth}px` }}
      >
        <nav className={styles.column} aria-label="Mappar och mail">
          <TabList
            selectedValue={folder}
            onTabSelect={(_, d) => setFolder(d.value as WorkbenchFolder | "calendar")}
            aria-label="Mappar"
          >
            <Tab value="inbox" data-testid="folder-inbox">
              Inkorg
            </Tab>
            <Tab value="sentitems" data-testid="folder-sent">
              Skickat
            </Tab>
            <Tab value="calendar" data-testid="folder-calendar">
              Kalender
            </Tab>
          </TabList>
          {error && (
            <MessageBar intent="error">
              <MessageBarBody>{error}</MessageBarBody>
            </MessageBar>
          )}
          {folder === "calendar" ? (
            <EventList
              events={events}
              selectedId={selectedEvent}
              onSelect={(e) => {
                setSelectedEvent(e.id);
                setCompose(null);
                selectedRef.current = null;
                setSelected(null);
                bridge.current?.select(eventHostItem(e));
              }}
            />
          ) : (
            <MessageList messages={messages} selectedId={selected?.id ?? null} onSelect={select} />
          )}
        </nav>
        <div className={styles.column}>
          {compose ? (
            <ComposeView
              key={composeKey}
              ref={composeRef}
              draft={compose}
              onChange={(draft) => {
                setCompose(draft);
                bridge.current?.select(composeItem(draft));
              }}
              onSend={send}
              onDiscard={() => {
                setCompose(null);
                bridge.current?.select(selectedRef.current ? toHostItem(selectedRef.current) : null);
              }}
            />
          ) : (
            <ReadingPane message={selected} body={body} />
          )}
        </div>
        {runtimeWanted && (
          <iframe
            ref={runtimeRef}
            src={`commands.html?host=workbench&graph=${encodeURIComponent(settings.source.graphUrl)}`}
            title="Svara event runtime"
            hidden
            aria-hidden="true"
            tabIndex={-1}
            style={{ display: "none" }}
            onLoad={runtimeLoaded.current.resolve}
          />
        )}
        {me !== null && (
          <iframe
            key={paneUrl}
            ref={frameRef}
            className={styles.frame}
            src={paneUrl}
            title="Svara task pane"
            data-testid="taskpane-frame"
            onLoad={paneLoaded}
          />
        )}
      </div>
    </div>
  );
}
