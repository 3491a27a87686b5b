import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { MessageKey } from "../../i18n/catalogue";
import { registerLaterWords } from "../../i18n/laterFeatures";
import { useLanguage } from "../common/LanguageContext";

registerLaterWords();

const PLACES: readonly MessageKey[] = [
  "erasure.erase.place.process",
  "erasure.erase.place.onenote",
  "erasure.erase.place.todo",
  "erasure.erase.place.calendar",
  "erasure.erase.place.drafts",
  "erasure.erase.place.exports",
  "erasure.erase.place.device",
];

const useStyles = makeStyles({
  // Outlook's pane is 320 px: the dialog takes the width there is, and its buttons wrap.
  surface: { maxWidth: "min(480px, calc(100vw - 16px))", boxSizing: "border-box" },
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  places: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  actions: { flexWrap: "wrap" },
  erase: {
    backgroundColor: tokens.colorStatusDangerBackground3,
    color: tokens.colorNeutralForegroundOnBrand,
    ":hover": {
      backgroundColor: tokens.colorStatusDangerBackground3Hover,
      color: tokens.colorNeutralForegroundOnBrand,
    },
    ":hover:active": {
      backgroundColor: tokens.colorStatusDangerBackground3Pressed,
      color: tokens.colorNeutralForegroundOnBrand,
    },
  },
});

/**
 * The last word before a candidate is erased: what goes (in the words a DPO would use), what stays
 * (a receipt with no personal data; their mails, unless she ticks the box — unticked to start).
 */
export default function EraseCandidateDialog({
  name,
  busy,
  onConfirm,
  onCancel,
}: {
  name: string;
  /** The erasure is being saved: a second click must not queue it twice. */
  busy: boolean;
  onConfirm: (deleteMails: boolean) => void;
  onCancel: () => void;
}) {
  const styles = useStyles();
  const { t } = useLanguage();
  const [deleteMails, setDeleteMails] = useState(false);
  return (
    <Dialog open modalType="alert" onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface className={styles.surface} data-testid="erase-dialog">
        <DialogBody>
          <DialogTitle>{t("erasure.erase.dialogTitle", { name })}</DialogTitle>
          <DialogContent className={styles.content}>
            <Text>{t("erasure.erase.intro", { name })}</Text>
            <ul className={styles.places} data-testid="erase-places">
              {PLACES.map((key) => (
                <li key={key}>{t(key)}</li>
              ))}
            </ul>
            <Text>{t("erasure.erase.receipt")}</Text>
            <Text>{t("erasure.erase.mailsStay")}</Text>
            <Checkbox
              checked={deleteMails}
              onChange={(_, d) => setDeleteMails(d.checked === true)}
              label={t("erasure.erase.deleteMails")}
              data-testid="erase-delete-mails"
            />
          </DialogContent>
          <DialogActions className={styles.actions}>
            <Button onClick={onCancel} data-testid="erase-cancel">
              {t("erasure.erase.cancel")}
            </Button>
            <Button
              appearance="primary"
              className={styles.erase}
              disabledFocusable={busy}
              onClick={() => !busy && onConfirm(deleteMails)}
              data-testid="erase-confirm"
            >
              {t("erasure.erase.confirm")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
