// The follow-ups while the answer clock runs: before the interview an answer by mail (and a warning
// when the wait grows long); from the interview on, a call with its talking points.

import type { RunningClock } from "../answerClock";
import { compactInstant } from "../followUp";
import type { Candidate, Process, Settings } from "../model";
import { firstName } from "../names";
import { rejectionTemplateKind } from "../nextStep";
import { pluralBoth } from "../plural";
import { reachedInterview, stageOf } from "../stageRules";
import type { TemplateKind } from "../templates/template";
import { validatePhone } from "../validation";
import { callSlot, formatWhen } from "../workingHours";
import type { Draft } from "./draft";

export function answerDrafts(
  candidate: Candidate,
  process: Process,
  settings: Settings,
  clock: RunningClock,
): Draft[] {
  const { startedAt, dueAt, warningAt } = clock;
  const anchor = compactInstant(startedAt);
  const name = candidate.name.trim();
  const due = formatWhen(dueAt, settings.timeZone);
  const stageKind = stageOf(candidate, process)?.kind;
  const drafts: Draft[] = [];

  if (!reachedInterview(candidate, process)) {
    const template: TemplateKind | null =
      stageKind === "rejected"
        ? rejectionTemplateKind(candidate.rejection)
        : stageKind === "applied"
          ? "application-received"
          : null;
    drafts.push({
      kind: "answer-due",
      anchor,
      channel: "email",
      target: "todo",
      dueAt,
      remindAt: dueAt,
      title: { sv: `Svara ${name} senast ${due.sv}`, en: `Answer ${name} by ${due.en}` },
      body: {
        sv: `${name} väntar på svar om ${process.title}. Svara per mejl senast ${due.sv}; ett avslag ska säga vad som saknades.`,
        en: `${name} is waiting for an answer about ${process.title}. Answer by mail by ${due.en}; a rejection must say what was missing.`,
      },
      template,
      call: null,
    });
    if (Date.parse(warningAt) < Date.parse(dueAt)) {
      drafts.push({
        kind: "warning",
        anchor,
        channel: "task",
        target: "todo",
        dueAt: warningAt,
        remindAt: warningAt,
        title: pluralBoth(process.warningDay, {
          sv: { one: `${name} har väntat # dag`, other: `${name} har väntat # dagar` },
          en: { one: `${name} has waited # day`, other: `${name} has waited # days` },
        }),
        body: {
          sv: `Svaret till ${name} (${process.title}) ska vara ute senast ${due.sv}.`,
          en: `The answer to ${name} (${process.title}) is due by ${due.en}.`,
        },
        template,
        call: null,
      });
    }
    return drafts;
  }

  // From interview on, the decision is a conversation: book a call, never draft a mail.
  const phone = candidate.phone === null ? null : validatePhone(candidate.phone);
  const callAt = callSlot(
    Date.parse(warningAt) < Date.parse(dueAt) ? warningAt : dueAt,
    dueAt,
    settings.timeZone,
  );
  if (phone?.ok) {
    const next = process.nextStep.trim();
    const first = firstName(candidate.name);
    const talkingPoints = {
      sv: [
        `Tacka ${first} för intervjun.`,
        "Ge beskedet tydligt och tidigt i samtalet, och förklara varför.",
        "Erbjud konkret återkoppling på intervjun.",
        ...(next ? [`Berätta vad som händer nu: ${next}`] : []),
        "Logga samtalet i Svara.",
      ],
      en: [
        `Thank ${first} for the interview.`,
        "Give the decision clearly and early in the call, and explain why.",
        "Offer concrete feedback on the interview.",
        ...(next ? [`Say what happens now: ${next}`] : []),
        "Log the call in Svara.",
      ],
    };
    drafts.push({
      kind: "call",
      anchor,
      channel: "phone",
      target: "calendar",
      dueAt: callAt,
      remindAt: new Date(Date.parse(callAt) - settings.callReminderMinutes * 60_000).toISOString(),
      title: {
        sv: `Ring ${name}: besked om ${process.title}`,
        en: `Call ${name}: decision on ${process.title}`,
      },
      body: {
        sv: [`Telefon: ${phone.value}`, ...talkingPoints.sv.map((p) => `– ${p}`)].join("\n"),
        en: [`Phone: ${phone.value}`, ...talkingPoints.en.map((p) => `– ${p}`)].join("\n"),
      },
      template: "call-script",
      call: { phone: phone.value, talkingPoints },
    });
  } else {
    drafts.push({
      kind: "get-phone",
      anchor,
      channel: "task",
      target: "todo",
      dueAt: callAt,
      remindAt: callAt,
      title: { sv: `Skaffa telefonnummer till ${name}`, en: `Get a phone number for ${name}` },
      body: {
        sv: `${name} har varit på intervju och ska få beskedet per telefon senast ${due.sv}, men vi har inget nummer som går att ringa. Skicka inget beskedsmejl.`,
        en: `${name} has been interviewed and must hear the decision by phone by ${due.en}, but we have no number that can be dialled. Do not send a decision mail.`,
      },
      template: null,
      call: null,
    });
  }
  drafts.push({
    kind: "answer-due",
    anchor,
    channel: "phone",
    target: "todo",
    dueAt,
    remindAt: dueAt,
    title: { sv: `Besked till ${name} senast ${due.sv}`, en: `Decision to ${name} by ${due.en}` },
    body: {
      sv: `${name} har varit på intervju: ge beskedet per telefon senast ${due.sv}.`,
      en: `${name} has been interviewed: give the decision by phone by ${due.en}.`,
    },
    template: "call-script",
    call: null,
  });
  return drafts;
}
