// The body of a call event: what to say and whom to call, as escaped HTML (candidate text is
// never markup). The phone number becomes a tel: link only from its digits, its text written as the
// event's language reads it (graph/phoneFormat.ts). The planner's body
// repeats the number and the talking points as plain lines (for places without the call
// section); here they are shown once, in the call section, and the body keeps only its other lines.
import { escapeHtml, type CallDetails, type FollowUp, type Language } from "../../domain";
import { STORED_AS_IS, type PhoneFormat } from "../phoneFormat";

const LABELS: Record<Language, { phone: string; points: string }> = {
  sv: { phone: "Telefon", points: "Att ta upp" },
  en: { phone: "Phone", points: "Talking points" },
};

const paragraphs = (text: string): string =>
  text
    .split(/\r?\n\r?\n/)
    .filter((p) => p.trim() !== "")
    .map((p) => `<p>${escapeHtml(p.trim()).replace(/\r?\n/g, "<br>")}</p>`)
    .join("");

/** The body without the lines the call section shows: "Telefon: …" and "– point". */
function withoutCallLines(text: string, call: CallDetails, language: Language): string {
  const points = new Set(call.talkingPoints[language].map((p) => p.trim()));
  const repeats = (line: string): boolean => {
    const t = line.trim();
    if (t === `${LABELS[language].phone}: ${call.phone}`.trim()) return true;
    const point = t.replace(/^[–-]\s*/, "");
    return t !== point && points.has(point);
  };
  return text
    .split(/\r?\n/)
    .filter((line) => !repeats(line))
    .join("\n");
}

export function callEventHtml(
  followUp: FollowUp,
  language: Language,
  phoneText: PhoneFormat = STORED_AS_IS,
): string {
  const label = LABELS[language];
  const call = followUp.call;
  const body = followUp.body[language];
  const parts = [paragraphs(call ? withoutCallLines(body, call, language) : body)];
  if (call) {
    const dial = call.phone.replace(/[^+0-9]/g, "");
    const phone = escapeHtml(phoneText(call.phone, language));
    parts.push(`<p><b>${label.phone}:</b> ${dial ? `<a href="tel:${dial}">${phone}</a>` : phone}</p>`);
    const points = call.talkingPoints[language];
    if (points.length > 0) {
      parts.push(
        `<p><b>${label.points}:</b></p><ul>${points.map((p) => `<li>${escapeHtml(p)}</li>`).join("")}</ul>`,
      );
    }
  }
  return `<html><body>${parts.join("")}</body></html>`;
}
