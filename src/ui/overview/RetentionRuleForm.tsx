import { Button, Field, Input, Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import { useStore } from "zustand";
import type { AppError } from "../../domain";
import { registerLaterWords } from "../../i18n/laterFeatures";
import type { FirmSettingsStoreApi } from "../../state/firmSettingsStore";
import { useLanguage } from "../common/LanguageContext";
import { useOverview } from "./overviewServices";

registerLaterWords();

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  number: { maxWidth: "8rem" },
  quiet: { color: tokens.colorNeutralForeground3 },
});

/** The firm's retention rule, shared by every recruiter (approot:/settings.json): the months, and
 * whether Svara erases by itself after the grace period. */
export function RetentionRuleForm({ firm }: { firm: FirmSettingsStoreApi }) {
  const styles = useStyles();
  const { t, language } = useLanguage();
  const services = useOverview();
  const rule = useStore(services.settings, (s) => s.firm);
  const [months, setMonths] = useState(String(rule.retentionMonths));
  const [grace, setGrace] = useState(String(rule.graceDays));
  const [auto, setAuto] = useState(rule.autoErase);
  const [errors, setErrors] = useState<readonly AppError[]>([]);
  const messageOf = (field: string) => errors.find((e) => e.field === field)?.message[language];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await firm
      .getState()
      .update({ retentionMonths: Number(months), graceDays: Number(grace), autoErase: auto });
    setErrors(saved.ok ? [] : saved.error);
    if (saved.ok) services.notify({ kind: "saved" });
  };

  return (
    <form
      className={styles.form}
      onSubmit={submit}
      aria-label={t("erasure.settings.title")}
      data-testid="retention-rule"
    >
      <Text as="h2" size={400} weight="semibold" className={styles.heading}>
        {t("erasure.settings.title")}
      </Text>
      <Text className={styles.quiet}>{t("erasure.settings.shared")}</Text>
      <Field label={t("erasure.settings.months")} validationMessage={messageOf("retentionMonths")}>
        <Input
          className={styles.number}
          type="number"
          value={months}
          onChange={(_, d) => setMonths(d.value)}
        />
      </Field>
      <Switch checked={auto} label={t("erasure.settings.auto")} onChange={(_, d) => setAuto(d.checked)} />
      {auto && (
        <>
          <Field label={t("erasure.settings.grace")} validationMessage={messageOf("graceDays")}>
            <Input
              className={styles.number}
              type="number"
              value={grace}
              onChange={(_, d) => setGrace(d.value)}
            />
          </Field>
          <Text className={styles.quiet}>{t("erasure.settings.autoRule", { days: Number(grace) || 0 })}</Text>
        </>
      )}
      <div>
        <Button type="submit" appearance="primary">
          {t("erasure.settings.save")}
        </Button>
      </div>
    </form>
  );
}
