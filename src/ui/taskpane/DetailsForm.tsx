import { Button, Field, Input, Link, Text, Textarea } from "@fluentui/react-components";
import { useEffect, useState, type FormEvent } from "react";
import {
  candidateLanguage,
  validateEmail,
  validateLinkedInUrl,
  validatePhone,
  type Language,
} from "../../domain";
import type { CandidateDetails } from "../../state/candidateDetails";
import type { CandidateView } from "../../state/paneView";
import { formatDateTime } from "../../i18n/translate";
import { useFormStyles } from "../common/formStyles";
import { CandidateLanguageSelect } from "../common/CandidateLanguageSelect";
import { useLanguage } from "../common/LanguageContext";
import { usePane } from "./paneContext";
import { Loading } from "../common/Loading";

type Errors = Partial<Record<"phone" | "linkedInUrl" | "emails", string>>;

/** Phone, LinkedIn and addresses, validated like everywhere else; and the mails linked to the candidate. */
export function DetailsForm(props: {
  view: CandidateView;
  /** `started` is what the form showed when it opened: the change is measured against it. */
  onSave: (details: CandidateDetails, started: CandidateDetails) => void;
}) {
  const styles = useFormStyles();
  const { t, language } = useLanguage();
  const pane = usePane();
  const c = props.view.candidate;
  const [phone, setPhone] = useState(c.phone ?? "");
  const [linkedIn, setLinkedIn] = useState(c.linkedInUrl ?? "");
  const [emails, setEmails] = useState(c.emails.join("\n"));
  const [writeIn, setWriteIn] = useState<Language>(candidateLanguage(c, props.view.process));
  const [errors, setErrors] = useState<Errors>({});
  const [started] = useState<CandidateDetails>(() => ({
    phone: c.phone,
    linkedInUrl: c.linkedInUrl,
    emails: c.emails,
    language: candidateLanguage(c, props.view.process),
  }));
  const [linked, setLinked] = useState<Awaited<ReturnType<PaneLinked>> | null>(null);

  useEffect(() => {
    let live = true;
    void pane
      .linkedMails({ processId: props.view.process.id, candidateId: c.id })
      .then((r) => live && setLinked(r));
    return () => {
      live = false;
    };
  }, [pane, props.view.process.id, c.id]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Errors = {};
    const tel = phone.trim() === "" ? null : validatePhone(phone);
    if (tel && !tel.ok) next.phone = tel.error.message[language];
    const li = linkedIn.trim() === "" ? null : validateLinkedInUrl(linkedIn);
    if (li && !li.ok) next.linkedInUrl = li.error.message[language];
    const parsed = emails
      .split(/[\s,;]+/)
      .filter(Boolean)
      .map((e) => validateEmail(e, "emails"));
    const bad = parsed.find((r) => !r.ok);
    if (bad && !bad.ok) next.emails = bad.error.message[language];
    else if (parsed.length === 0) next.emails = t("details.emailRequired");
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    props.onSave(
      {
        phone: tel && tel.ok ? tel.value : null,
        linkedInUrl: li && li.ok ? li.value : null,
        emails: [...new Set(parsed.flatMap((r) => (r.ok ? [r.value] : [])))],
        language: writeIn,
      },
      started,
    );
  };

  return (
    <>
      <form
        className={styles.form}
        onSubmit={submit}
        aria-label={t("actions.details")}
        data-testid="details-form"
        noValidate
      >
        <Field label={t("details.phone")} validationMessage={errors.phone}>
          <Input type="tel" value={phone} onChange={(_, d) => setPhone(d.value)} />
        </Field>
        <Field label={t("details.linkedIn")} validationMessage={errors.linkedInUrl}>
          <Input type="text" inputMode="url" value={linkedIn} onChange={(_, d) => setLinkedIn(d.value)} />
        </Field>
        <Field label={t("details.emails")} validationMessage={errors.emails} required>
          <Textarea value={emails} onChange={(_, d) => setEmails(d.value)} resize="vertical" />
        </Field>
        <Field label={t("nextstep.language")} hint={t("nextstep.languageHint")}>
          <CandidateLanguageSelect value={writeIn} onChange={setWriteIn} testId="details-language" />
        </Field>
        <Button type="submit" appearance="primary">
          {t("details.save")}
        </Button>
      </form>
      <section aria-label={t("details.linked")} data-testid="linked-mails">
        <Text as="h3" weight="semibold" size={300} style={{ margin: 0 }}>
          {t("details.linked")}
        </Text>
        {linked === null && <Loading />}
        {linked && !linked.ok && <Text>{linked.error.message[language]}</Text>}
        {linked?.ok && linked.value.length === 0 && <Text>{t("details.noLinked")}</Text>}
        {linked?.ok && linked.value.length > 0 && (
          <ul className={styles.list}>
            {linked.value.map((m) => (
              <li key={m.id}>
                <Text size={200}>{m.at ? formatDateTime(m.at, language, pane.timeZone) : ""} · </Text>
                {m.webLink ? (
                  <Link href={m.webLink} target="_blank" rel="noopener noreferrer" title={t("details.open")}>
                    {m.subject || "—"}
                  </Link>
                ) : (
                  <Text>{m.subject || "—"}</Text>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

type PaneLinked = ReturnType<typeof usePane>["linkedMails"];
