import { Field, Select, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { useStore } from "zustand";
import type { Result } from "../../domain";
import { draftOf } from "../../state/noteDraftsStore";
import type { CandidateView } from "../../state/paneView";
import { callTalkingPoints } from "../../state/templateChoice";
import { useLanguage } from "../common/LanguageContext";
import { useAllTemplates } from "../templates/useAllTemplates";
import { CandidateProcessActions } from "../processes/CandidateProcessActions";
import { CallPanel } from "./CallPanel";
import { DetailsForm } from "./DetailsForm";
import { EraseCandidateSection } from "./EraseCandidateSection";
import { ExportCandidate } from "./ExportCandidate";
import { NoteEditor } from "./NoteEditor";
import { usePane } from "./paneContext";
import { RejectForm } from "./RejectForm";
import { TemplatePicker } from "./TemplatePicker";

const useStyles = makeStyles({
  actions: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  // Outlook gives the pane 320 px: the tabs wrap rather than hide behind the edge.
  tabs: { flexWrap: "wrap" },
});

type ActionTab = "answer" | "reject" | "call" | "note" | "stage" | "details";

/**
 * What the recruiter can do for the candidate. Before interview: answer with a template, close
 * with a reason (by mail), or log a call. From interview on: the call first — no decision mail is
 * offered at all.
 */
export default function CandidateActions({
  view,
  mode,
  initialTab,
  openMailText,
}: {
  view: CandidateView;
  /** Their mail open in the reading pane, for the template to start on. */
  openMailText?: string;
  mode: "read" | "compose" | "overview";
  /** Opened from a to-do: start where its action is (the call, the details). */
  initialTab?: "call" | "details";
}) {
  const styles = useStyles();
  const { t, language } = useLanguage();
  const pane = usePane();
  const ref = { processId: view.process.id, candidateId: view.candidate.id };
  const draft = useStore(pane.drafts, (s) => draftOf(s, ref));
  const templates = useAllTemplates(pane.templates);
  // Opened from the overview no mail of theirs is open: a reply would go to whatever mail is, so
  // answering starts from their latest mail instead (the pane offers it above the card).
  const tabs: ActionTab[] = (
    view.afterInterview
      ? (["call", "answer", "note", "stage", "details"] as const)
      : (["answer", "reject", "call", "note", "stage", "details"] as const)
  ).filter((name) => mode !== "overview" || name !== "answer");
  const [tab, setTab] = useState<ActionTab>(initialTab && tabs.includes(initialTab) ? initialTab : tabs[0]!);
  const current = tabs.includes(tab) ? tab : tabs[0]!;
  const rejectedStage = view.process.stages.find((s) => s.kind === "rejected");
  const script = useMemo(
    () => (view.afterInterview ? callTalkingPoints(templates, view) : null),
    [templates, view],
  );
  const actions = () => pane.actions();
  /** Every change says "saved" once it is in the outbox, or why it is not. */
  const done = async (saving: Result<unknown> | Promise<Result<unknown>>) => {
    const saved = await saving;
    pane.notify(saved.ok ? { kind: "saved" } : { kind: "error", error: saved.error });
    return saved.ok;
  };

  return (
    <section className={styles.actions} aria-label={t("actions.title")} data-testid="candidate-actions">
      <TabList
        className={styles.tabs}
        selectedValue={current}
        onTabSelect={(_, d) => setTab(d.value as ActionTab)}
        size="small"
      >
        {tabs.map((name) => (
          <Tab key={name} value={name} data-testid={`tab-${name}`}>
            {t(`actions.${name}`)}
          </Tab>
        ))}
      </TabList>
      {current === "answer" && (
        <TemplatePicker
          templates={templates}
          candidate={view.candidate}
          process={view.process}
          clock={view.clock}
          {...(openMailText === undefined ? {} : { openMailText })}
          onGoToCall={() => setTab("call")}
          mode={mode === "compose" ? "compose" : "read"}
          onUse={async (rendered) => {
            const done =
              mode === "read"
                ? await pane.host.displayReplyForm(rendered.html)
                : await pane.host.insertHtmlAtCursor(rendered.html);
            if (!done.ok) pane.notify({ kind: "error", error: done.error });
          }}
        />
      )}
      {current === "reject" && (
        <RejectForm
          onReject={async (rejection) => {
            if (rejectedStage && (await done(actions().moveStage(ref, rejectedStage.id, rejection))))
              setTab("answer");
          }}
        />
      )}
      {current === "call" && (
        <CallPanel
          candidate={view.candidate}
          afterInterview={view.afterInterview}
          script={script}
          call={view.followUps.find((f) => f.kind === "call" || f.kind === "get-phone") ?? null}
          timeZone={pane.timeZone}
          onSavePhone={(phone) => void done(actions().updateCandidate(ref, { phone }))}
          onLogCall={async ({ outcome, notes, at, channel }) => {
            const call = await actions().logCallOutcome(ref, outcome, notes, language, { at, channel });
            await done(call.saved);
            return call.logged;
          }}
        />
      )}
      {current === "note" && (
        <NoteEditor
          draft={draft}
          onDraft={(text) => pane.drafts.getState().setDraft(ref, text)}
          onSave={(text) => done(pane.drafts.getState().saveNote(ref, text, actions().addNote))}
        />
      )}
      {current === "details" && (
        <DetailsForm
          view={view}
          onSave={(details, started) => {
            const saving = actions().updateDetails(ref, started, details);
            if (saving) void done(saving);
          }}
        />
      )}
      {current === "details" && (
        <CandidateProcessActions
          process={view.process}
          candidate={view.candidate}
          store={pane.processes}
          done={done}
        />
      )}
      {current === "details" && <ExportCandidate candidate={ref} name={view.candidate.name} />}
      {current === "details" && <EraseCandidateSection process={view.process} candidate={view.candidate} />}
      {current === "stage" && (
        <Field label={t("stage.move")}>
          <Select
            value={view.candidate.stageId}
            data-testid="stage-select"
            onChange={(_, d) => {
              const stage = view.process.stages.find((s) => s.id === d.value);
              // Closing someone needs the reason: that goes through the reject form.
              if (stage?.kind === "rejected") setTab(view.afterInterview ? "call" : "reject");
              else if (stage) void done(actions().moveStage(ref, stage.id, null));
            }}
          >
            {view.process.stages.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </Select>
        </Field>
      )}
    </section>
  );
}
