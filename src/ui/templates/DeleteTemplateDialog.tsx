import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import type { Template } from "../../domain";
import { useLanguage } from "../common/LanguageContext";
import { registerLaterWords } from "../../i18n/laterFeatures";

registerLaterWords();

/** Deleting is for every device and cannot be undone: she says so once more. */
export function DeleteTemplateDialog({
  template,
  onConfirm,
  onCancel,
}: {
  template: Template | null;
  onConfirm: (template: Template) => void;
  onCancel: () => void;
}) {
  const { t } = useLanguage();
  return (
    <Dialog open={template !== null} onOpenChange={(_, d) => !d.open && onCancel()} modalType="alert">
      <DialogSurface data-testid="template-delete-dialog">
        <DialogBody>
          <DialogTitle>{t("templates.delete.title")}</DialogTitle>
          <DialogContent>{t("templates.delete.body", { name: template?.name ?? "" })}</DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              onClick={() => template && onConfirm(template)}
              data-testid="template-delete-confirm"
            >
              {t("templates.delete.confirm")}
            </Button>
            <Button onClick={onCancel}>{t("templates.delete.cancel")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
