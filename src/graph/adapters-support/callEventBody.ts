// The body of a call event: what to say and whom to call, as escaped HTML (candidate text is
// never markup). The phone number becomes a tel: link only from its digits.
import { escapeHtml, type FollowUp, type Language } from "../../domain";

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

export function callEventHtml(followUp: FollowUp, language: Language): string {
  const label = LABELS[language];
  const parts = [paragraphs(followUp.body[language])];
  const call = followUp.call;
  if (call) {
    const dial = call.phone.replace(/[^+0-9]/g, "");
    const phone = escapeHtml(call.phone);
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
