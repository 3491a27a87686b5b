import {
  Button,
  Field,
  Input,
  MessageBar,
  Select,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import {
  DEFAULT_ANSWER_WINDOW_DAYS,
  MAX_ANSWER_DAYS,
  MIN_ANSWER_DAYS,
  processFieldsOf,
  validateProcessFields,
  type AppError,
  type Language,
  type Milestone,
  type Person,
  type Process,
  type ProcessFields,
} from "../../domain";
import { useLanguage } from "../common/LanguageContext";
import { useFormStyles } from "../common/formStyles";
import { registerLaterWords } from "../../i18n/laterFeatures";

registerLaterWords();

const useStyles = makeStyles({
  milestone: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** What the recruiter is typing: numbers as text, so nothing typed is lost to a parse. */
interface Draft {
  readonly title: string;
  readonly organisation: string;
  readonly ownerName: string;
  readonly ownerEmail: string;
  readonly language: Language;
  readonly answerDays: string;
  readonly nextStep: string;
  readonly milestones: readonly Milestone[];
  readonly surveyUrl: string;
}

function draftOf(process: Process | null, owner: Person | null): Draft {
  const f: ProcessFields | null = process ? processFieldsOf(process) : null;
  return {
    title: f?.title ?? "",
    organisation: f?.organisation ?? "",
    ownerName: f?.owner.name ?? owner?.name ?? "",
    ownerEmail: f?.owner.email ?? owner?.email ?? "",
    language: f?.language ?? "sv",
    answerDays: String(f?.answerWindowDays ?? DEFAULT_ANSWER_WINDOW_DAYS),
    nextStep: f?.nextStep ?? "",
    milestones: f?.milestones ?? [],
    surveyUrl: f?.surveyUrl ?? "",
  };
}

const fieldsOf = (d: Draft): ProcessFields => ({
  title: d.title,
  organisation: d.organisation,
  owner: { name: d.ownerName, email: d.ownerEmail },
  language: d.language,
  answerWindowDays: d.answerDays.trim() === "" ? Number.NaN : Number(d.answerDays),
  nextStep: d.nextStep,
  milestones: d.milestones,
  surveyUrl: d.surveyUrl.trim() === "" ? null : d.surveyUrl,
});

/** Create or edit a process: every field checked by the domain, each message beside its field. */
export function ProcessForm(props: {
  process: Process | null;
  /** Who a new process belongs to by default (the recruiter of the processes already there). */
  owner: Person | null;
  onSave: (fields: ProcessFields) => Promise<AppError | null>;
  onCancel: () => void;
}) {
  const form = useFormStyles();
  const styles = useStyles();
  const { t, language } = useLanguage();
  const [draft, setDraft] = useState<Draft>(() => draftOf(props.process, props.owner));
  const [errors, setErrors] = useState<readonly AppError[]>([]);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const change = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const messageOf = (field: string) => errors.find((e) => e.field === field)?.message[language];
  const setMilestone = (i: number, patch: Partial<Milestone>) =>
    change({ milestones: draft.milestones.map((m, j) => (j === i ? { ...m, ...patch } : m)) });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fields = fieldsOf(draft);
    const problems = validateProcessFields(fields);
    setErrors(problems);
    if (problems.length > 0) return;
    setBusy(true);
    const error = await props.onSave(fields);
    setBusy(false);
    // Not saved: the form keeps everything typed, and says why.
    setFailure(error);
  };

  const heading = props.process
    ? t("processes.form.editTitle", { process: props.process.title })
    : t("processes.form.newTitle");
  return (
    <form className={form.form} onSubmit={submit} aria-label={heading} data-testid="process-form" noValidate>
      <Text as="h2" weight="semibold" size={400} style={{ margin: 0 }}>
        {heading}
      </Text>
      {errors.length > 0 && <MessageBar intent="error">{t("processes.form.invalid")}</MessageBar>}
      {failure && <MessageBar intent="error">{failure.message[language]}</MessageBar>}
      <Field label={t("processes.form.title")} required validationMessage={messageOf("title")}>
        <Input value={draft.title} onChange={(_, d) => change({ title: d.value })} />
      </Field>
      <Field label={t("processes.form.organisation")} validationMessage={messageOf("organisation")}>
        <Input value={draft.organisation} onChange={(_, d) => change({ organisation: d.value })} />
      </Field>
      <Field label={t("processes.form.ownerName")} required validationMessage={messageOf("owner.name")}>
        <Input value={draft.ownerName} onChange={(_, d) => change({ ownerName: d.value })} />
      </Field>
      <Field label={t("processes.form.ownerEmail")} required validationMessage={messageOf("owner.email")}>
        <Input type="email" value={draft.ownerEmail} onChange={(_, d) => change({ ownerEmail: d.value })} />
      </Field>
      <Field label={t("processes.form.language")} validationMessage={messageOf("language")}>
        <Select value={draft.language} onChange={(_, d) => change({ language: d.value as Language })}>
          <option value="sv">{t("processes.form.language.sv")}</option>
          <option value="en">{t("processes.form.language.en")}</option>
        </Select>
      </Field>
      <Field
        label={t("processes.form.answerDays")}
        required
        validationMessage={messageOf("answerWindowDays")}
      >
        <Input
          type="number"
          min={MIN_ANSWER_DAYS}
          max={MAX_ANSWER_DAYS}
          value={draft.answerDays}
          onChange={(_, d) => change({ answerDays: d.value })}
        />
      </Field>
      <Field label={t("processes.form.nextStep")} validationMessage={messageOf("nextStep")}>
        <Textarea
          value={draft.nextStep}
          onChange={(_, d) => change({ nextStep: d.value })}
          resize="vertical"
        />
      </Field>
      <fieldset className={form.form} style={{ border: "none", padding: 0, margin: 0 }}>
        <legend>
          <Text weight="semibold">{t("processes.form.timeline")}</Text>
        </legend>
        {draft.milestones.map((m, i) => (
          <div key={m.id} className={styles.milestone} data-testid="milestone">
            <Field
              label={t("processes.form.milestoneTitle", { n: String(i + 1) })}
              validationMessage={messageOf(`milestones.${i}.title`)}
            >
              <Input value={m.title} onChange={(_, d) => setMilestone(i, { title: d.value })} />
            </Field>
            <Field
              label={t("processes.form.milestoneDate", { n: String(i + 1) })}
              validationMessage={messageOf(`milestones.${i}.date`)}
            >
              <Input type="date" value={m.date} onChange={(_, d) => setMilestone(i, { date: d.value })} />
            </Field>
            <div>
              <Button
                appearance="subtle"
                size="small"
                onClick={() => change({ milestones: draft.milestones.filter((_, j) => j !== i) })}
                aria-label={t("processes.form.removeMilestone", { n: String(i + 1) })}
              >
                {t("processes.form.removeMilestoneShort")}
              </Button>
            </div>
          </div>
        ))}
        <div>
          <Button
            onClick={() =>
              change({
                milestones: [
                  ...draft.milestones,
                  { id: `m-${Date.now().toString(36)}-${draft.milestones.length}`, title: "", date: "" },
                ],
              })
            }
          >
            {t("processes.form.addMilestone")}
          </Button>
        </div>
      </fieldset>
      <Field
        label={t("processes.form.surveyUrl")}
        hint={t("processes.form.surveyUrl.hint")}
        validationMessage={messageOf("surveyUrl")}
      >
        <Input type="url" value={draft.surveyUrl} onChange={(_, d) => change({ surveyUrl: d.value })} />
      </Field>
      <div className={styles.buttons}>
        <Button appearance="primary" type="submit" disabledFocusable={busy}>
          {props.process ? t("processes.form.save") : t("processes.form.create")}
        </Button>
        <Button onClick={props.onCancel}>{t("processes.form.cancel")}</Button>
      </div>
    </form>
  );
}
