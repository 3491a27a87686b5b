import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { useStore } from "zustand";
import {
  DEFAULT_TEMPLATES,
  sampleRecipient,
  type Language,
  type Result,
  type Template,
  type TemplateDraft,
} from "../../domain";
import { candidateById } from "../../state/processesStore";
import type { TemplatesStoreApi } from "../../state/templatesStore";
import { useLanguage } from "../common/LanguageContext";
import { useOverview, type OverviewServices } from "../overview/overviewServices";
import { DeleteTemplateDialog } from "./DeleteTemplateDialog";
import { TemplateEditor } from "./TemplateEditor";
import type { PreviewRecipient } from "./TemplatePreview";
import { TemplateRow } from "./TemplateRow";
import { registerLaterWords } from "../../i18n/laterFeatures";

registerLaterWords();

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  list: { listStyle: "none", margin: 0, padding: 0 },
  heading: { margin: 0 },
});

interface Editing {
  /** Null: a new template, not saved yet. */
  readonly id: string | null;
  readonly draft: TemplateDraft;
}

const draftOf = ({ name, kind, language, subject, body }: Template): TemplateDraft => ({
  name,
  kind,
  language,
  subject,
  body,
});

/** The candidate the page has open, else a made-up one in the template's language. */
function recipientFinder(services: OverviewServices): (language: Language) => PreviewRecipient {
  const ref = services.previewCandidate?.() ?? null;
  const match = ref ? candidateById(services.processes.getState(), ref.processId, ref.candidateId) : null;
  return (language) => (match ? { ...match, sample: false } : { ...sampleRecipient(language), sample: true });
}

/** The Templates tab: her own templates (new, edit, copy, delete) and the built-ins to copy. */
export default function TemplatesView() {
  const services = useOverview();
  const { t } = useLanguage();
  if (!services.templates) return <Text>{t("templates.library.unavailable")}</Text>;
  return <TemplateLibrary services={services} store={services.templates} />;
}

function TemplateLibrary({ services, store }: { services: OverviewServices; store: TemplatesStoreApi }) {
  const styles = useStyles();
  const { t, language } = useLanguage();
  const own = useStore(store, (s) => s.own);
  const status = useStore(store, (s) => s.status);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [deleting, setDeleting] = useState<Template | null>(null);

  /** Every change says "saved" once it is in the outbox, or why it is not. */
  const saved = (result: Result<unknown>): boolean => {
    services.notify(result.ok ? { kind: "saved" } : { kind: "error", error: result.error });
    return result.ok;
  };

  const copy = async (source: Template) => {
    const name = t("templates.library.copyName", { name: source.name });
    const copied = await store.getState().copy(source.id, name);
    if (saved(copied) && copied.ok) setEditing({ id: copied.value, draft: { ...draftOf(source), name } });
  };

  if (editing) {
    return (
      <TemplateEditor
        key={editing.id ?? "new"}
        initial={editing.draft}
        isNew={editing.id === null}
        recipientFor={recipientFinder(services)}
        onCancel={() => setEditing(null)}
        onSave={async (draft) => {
          const id = editing.id;
          const result =
            id === null ? await store.getState().create(draft) : await store.getState().edit(id, draft);
          if (saved(result)) setEditing(null);
          return result;
        }}
      />
    );
  }

  const newDraft: TemplateDraft = { name: "", kind: "custom", language, subject: "", body: "" };
  return (
    <section className={styles.view} data-testid="templates-view">
      <Text as="h2" weight="semibold" size={400} className={styles.heading}>
        {t("templates.library.own")}
      </Text>
      <Text size={200}>{t("templates.library.stored")}</Text>
      {status === "loading" && <Spinner size="tiny" label={t("templates.library.loading")} />}
      {status === "error" && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("templates.library.loadError")}</MessageBarBody>
        </MessageBar>
      )}
      <div>
        <Button
          appearance="primary"
          onClick={() => setEditing({ id: null, draft: newDraft })}
          data-testid="template-new"
        >
          {t("templates.library.new")}
        </Button>
      </div>
      {own.length === 0 ? (
        <Text>{t("templates.library.ownEmpty")}</Text>
      ) : (
        <ul className={styles.list} aria-label={t("templates.library.own")} data-testid="templates-own">
          {own.map((tpl) => (
            <TemplateRow
              key={tpl.id}
              template={tpl}
              onEdit={() => setEditing({ id: tpl.id, draft: draftOf(tpl) })}
              onCopy={() => void copy(tpl)}
              onDelete={() => setDeleting(tpl)}
            />
          ))}
        </ul>
      )}
      <Text as="h2" weight="semibold" size={400} className={styles.heading}>
        {t("templates.library.builtIn")}
      </Text>
      <Text size={200}>{t("templates.library.builtInHint")}</Text>
      <ul
        className={styles.list}
        aria-label={t("templates.library.builtIn")}
        data-testid="templates-built-in"
      >
        {DEFAULT_TEMPLATES.map((tpl) => (
          <TemplateRow key={tpl.id} template={tpl} onCopy={() => void copy(tpl)} />
        ))}
      </ul>
      <DeleteTemplateDialog
        template={deleting}
        onCancel={() => setDeleting(null)}
        onConfirm={async (tpl) => {
          setDeleting(null);
          saved(await store.getState().remove(tpl.id));
        }}
      />
    </section>
  );
}
