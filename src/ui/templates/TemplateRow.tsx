import { Badge, Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Template } from "../../domain";
import { useLanguage } from "../common/LanguageContext";
import { registerLaterWords } from "../../i18n/laterFeatures";

registerLaterWords();

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  name: { flexGrow: 1, minWidth: "120px", overflowWrap: "anywhere" },
  buttons: { display: "flex", gap: tokens.spacingHorizontalXS },
});

/** One template in the library: hers can be edited, copied and deleted; a built-in only copied. */
export function TemplateRow({
  template,
  onEdit,
  onCopy,
  onDelete,
}: {
  template: Template;
  onEdit?: () => void;
  onCopy: () => void;
  onDelete?: () => void;
}) {
  const styles = useStyles();
  const { t } = useLanguage();
  const name = template.name;
  return (
    <li className={styles.row} data-testid={`template-row-${template.id}`}>
      <Text className={styles.name}>{name}</Text>
      <Badge appearance="outline" size="small">
        {template.language.toUpperCase()}
      </Badge>
      <span className={styles.buttons}>
        {onEdit && (
          <Button size="small" onClick={onEdit} aria-label={t("templates.library.editNamed", { name })}>
            {t("templates.library.edit")}
          </Button>
        )}
        <Button size="small" onClick={onCopy} aria-label={t("templates.library.copyNamed", { name })}>
          {t("templates.library.copy")}
        </Button>
        {onDelete && (
          <Button size="small" onClick={onDelete} aria-label={t("templates.library.deleteNamed", { name })}>
            {t("templates.library.delete")}
          </Button>
        )}
      </span>
    </li>
  );
}
