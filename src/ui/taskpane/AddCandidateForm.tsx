import { Button, Field, Input, Select, Text } from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import {
  validateEmail,
  validateLinkedInUrl,
  validatePhone,
  type AppError,
  type Language,
  type Process,
} from "../../domain";
import { candidateNameFromMail } from "../../domain";
import type { NewCandidateInput } from "../../state/candidateActions";
import type { ProcessChoice } from "../../state/processChoice";
import { useFormStyles } from "../common/formStyles";
import type { Translate } from "../../i18n/translate";
import { CandidateLanguageSelect } from "../common/CandidateLanguageSelect";
import { useLanguage } from "../common/LanguageContext";
import { registerLaterWords } from "../../i18n/laterFeatures";

registerLaterWords();

type Errors = Partial<Record<"processId" | "name" | "email" | "phone" | "linkedInUrl", AppError | string>>;

/** "Add as candidate" for a sender who is not one yet: name and address from the mail, editable. */
export function AddCandidateForm(props: {
  /** The open processes and the one guessed from the mail, if any (state/processChoice.ts). */
  choice: ProcessChoice;
  /** The language their mail is written in, when it says so clearly (domain/candidateLanguage.ts). */
  languageGuess?: Language | null;
  sender: { name: string; email: string };
  onSubmit: (input: NewCandidateInput) => void;
  busy?: boolean;
}) {
  const styles = useFormStyles();
  const { t, language } = useLanguage();
  // Never silently the first process: the guess, or nothing until the recruiter chooses. The guess
  // may sharpen once the mail's text is read; what she picked herself stays.
  const [picked, setProcessId] = useState<string | null>(null);
  const processId = picked ?? props.choice.preselected ?? "";
  // The same for the language: corrected here, before saving, not afterwards in the details.
  const [chosenLanguage, setLanguage] = useState<Language | null>(null);
  const guessedLanguage = props.languageGuess ?? null;
  const processLanguage = props.choice.options.find((p) => p.id === processId)?.language ?? language;
  const writeIn = chosenLanguage ?? guessedLanguage ?? processLanguage;
  // "Öberg, Åsa" and "'Åsa' via LinkedIn" arrive as "Åsa Öberg" / "Åsa" (domain/candidateNames.ts).
  const [name, setName] = useState(() => candidateNameFromMail(props.sender));
  const [email, setEmail] = useState(props.sender.email);
  const [phone, setPhone] = useState("");
  const [linkedIn, setLinkedIn] = useState("");
  const [errors, setErrors] = useState<Errors>({});
  const message = (e: AppError | string | undefined) =>
    e === undefined ? undefined : typeof e === "string" ? e : e.message[language];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Errors = {};
    if (processId === "") next.processId = t("processes.chooseRequired");
    if (name.trim() === "") next.name = t("add.nameRequired");
    const mail = validateEmail(email, "email");
    if (!mail.ok) next.email = mail.error;
    const tel = phone.trim() === "" ? null : validatePhone(phone);
    if (tel && !tel.ok) next.phone = tel.error;
    const li = linkedIn.trim() === "" ? null : validateLinkedInUrl(linkedIn);
    if (li && !li.ok) next.linkedInUrl = li.error;
    setErrors(next);
    if (Object.keys(next).length > 0 || !mail.ok) return;
    props.onSubmit({
      processId,
      name: name.trim(),
      email: mail.value,
      phone: tel && tel.ok ? tel.value : null,
      linkedInUrl: li && li.ok ? li.value : null,
      // Unchanged and unguessed: the process's language, which follows the process if it changes.
      language: chosenLanguage ?? guessedLanguage,
    });
  };

  return (
    <form
      className={styles.form}
      onSubmit={submit}
      aria-label={t("add.title")}
      data-testid="add-candidate"
      noValidate
    >
      <Text as="h2" weight="semibold" size={400} style={{ margin: 0 }}>
        {t("add.title")}
      </Text>
      <Text>{t("add.unknownSender", { name: props.sender.name })}</Text>
      <Field
        label={t("add.process")}
        required
        validationMessage={message(errors.processId)}
        hint={errors.processId ? undefined : processHint(props.choice, processId, t)}
      >
        <Select value={processId} onChange={(_, d) => setProcessId(d.value)} data-testid="add-process">
          {processId === "" && <option value="">{t("processes.choose")}</option>}
          {props.choice.options.map((p: Process) => (
            <option key={p.id} value={p.id}>
              {p.organisation ? `${p.title} – ${p.organisation}` : p.title}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("add.name")} required validationMessage={message(errors.name)}>
        <Input value={name} onChange={(_, d) => setName(d.value)} />
      </Field>
      <Field label={t("add.email")} required validationMessage={message(errors.email)}>
        <Input type="email" value={email} onChange={(_, d) => setEmail(d.value)} />
      </Field>
      <Field label={t("add.phone")} validationMessage={message(errors.phone)}>
        <Input type="tel" value={phone} onChange={(_, d) => setPhone(d.value)} />
      </Field>
      <Field label={t("add.linkedIn")} validationMessage={message(errors.linkedInUrl)}>
        <Input type="text" inputMode="url" value={linkedIn} onChange={(_, d) => setLinkedIn(d.value)} />
      </Field>
      <Field
        label={t("nextstep.language")}
        hint={t(
          chosenLanguage === null && guessedLanguage !== null
            ? "nextstep.languageGuessed"
            : chosenLanguage === null
              ? "nextstep.languageOfProcess"
              : "nextstep.languageHint",
        )}
      >
        <CandidateLanguageSelect value={writeIn} onChange={setLanguage} testId="add-language" />
      </Field>
      <Button appearance="primary" type="submit" disabledFocusable={props.busy}>
        {t("add.submit")}
      </Button>
    </form>
  );
}

/** Says where the preselected process came from, or that the recruiter must choose. */
function processHint(choice: ProcessChoice, processId: string, t: Translate): string | undefined {
  if (choice.guess && choice.guess.processId === processId)
    return t(choice.guess.from === "subject" ? "processes.guessedSubject" : "processes.guessedBody");
  return processId === "" ? t("processes.noGuess") : undefined;
}
