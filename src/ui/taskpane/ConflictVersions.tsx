import { Text } from "@fluentui/react-components";
import type { ConflictVersions as Versions } from "../../state/outboxStatusStore";
import { useLanguage } from "../common/LanguageContext";
import { usePhoneText } from "../common/usePhoneDisplay";

type CandidateLike = { name?: unknown; stageId?: unknown; phone?: unknown; emails?: unknown };

/** A candidate in a few words, as a recruiter would compare two versions of them. */
function describe(version: unknown, missing: string, phoneText: (value: string) => string): string {
  const candidate = (version as { candidate?: CandidateLike | null } | null)?.candidate;
  if (!candidate) return missing;
  const parts = [
    candidate.name,
    candidate.stageId,
    typeof candidate.phone === "string" ? phoneText(candidate.phone) : undefined,
    ...(Array.isArray(candidate.emails) ? candidate.emails : []),
  ];
  return parts.filter((p): p is string => typeof p === "string" && p !== "").join(" · ");
}

/** Both versions of a change Svara could not merge, kept side by side so nothing is lost. */
export function ConflictVersions({ versions }: { versions: Versions }) {
  const { t } = useLanguage();
  const phoneText = usePhoneText();
  return (
    <details data-testid="conflict-versions">
      <summary>{t("conflict.details")}</summary>
      <Text block>
        {t("conflict.yours")}: {describe(versions.local, t("conflict.missing"), phoneText)}
      </Text>
      <Text block>
        {t("conflict.theirs")}: {describe(versions.remote, t("conflict.missing"), phoneText)}
      </Text>
    </details>
  );
}
