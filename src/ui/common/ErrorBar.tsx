import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { AppError } from "../../domain/result";
import { useLanguage } from "./LanguageContext";
import { SupportId } from "./SupportId";

/** Every error a recruiter sees: their words, and a way to try again when that can help. */
export function ErrorBar({ error, onRetry }: { error: AppError; onRetry?: () => void }) {
  const { t, language } = useLanguage();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("pane.error.title")}</MessageBarTitle>
        {error.message[language]}
        <SupportId error={error} />
      </MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button onClick={onRetry}>{t("pane.retry")}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
