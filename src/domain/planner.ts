// The follow-up planner (ARCHITECTURE.md §3): from a candidate, their process, the settings and
// `now` to the follow-ups that should exist. Pure and deterministic — sync makes Microsoft 365
// match its answer, so the same input must always give the same follow-ups with the same ids.

import { addCountedDays, answerClock, clockPolicy, stopsClock, type RunningClock } from "./answerClock";
import { addDays } from "./calendarDays";
import { compactInstant, followUpId, type CallDetails, type FollowUp, type FollowUpKind } from "./followUp";
import type { Candidate, IsoInstant, Milestone, Process, Settings, UserText } from "./model";
import { firstName } from "./names";
import { hasLeft, reachedInterview, stageOf } from "./stageRules";
import type { TemplateKind } from "./templates/template";
import { validatePhone } from "./validation";
import { atMorning, callSlot, formatWhen } from "./workingHours";

interface Draft {
  readonly kind: FollowUpKind;
  readonly anchor: string;
  readonly channel: FollowUp["channel"];
  readonly target: FollowUp["target"];
  readonly dueAt: IsoInstant;
  readonly remindAt: IsoInstant;
  readonly title: UserText;
  readonly body: UserText;
  readonly template: TemplateKind | null;
  readonly call: CallDetails | null;
}

function rejectionTemplate(candidate: Candidate): TemplateKind | null {
  switch (candidate.rejection?.reason) {
    case "missing-requirement":
    case "other":
      return "rejection-missing-requirement";
    case "applied-too-late":
      return "rejection-applied-too-late";
    case "others-went-further":
      return "rejection-others-went-further";
    default:
      return null;
  }
}

function answerDrafts(
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
        ? rejectionTemplate(candidate)
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
        title: {
          sv: `${name} har väntat ${process.warningDay} dagar`,
          en: `${name} has waited ${process.warningDay} days`,
        },
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

function morningAfter(date: string, timeZone: string): IsoInstant {
  return atMorning(addDays(date, 1), timeZone);
}

/** The last time the candidate heard from us (or, failing that, when they entered the process). */
function lastNews(candidate: Candidate, now: IsoInstant): IsoInstant {
  const nowMs = Date.parse(now);
  let latest = candidate.createdAt;
  for (const c of candidate.contacts) {
    const ms = Date.parse(c.at);
    if (ms <= nowMs && stopsClock(c) && ms > Date.parse(latest)) latest = c.at;
  }
  return latest;
}

function statusUpdateDraft(
  candidate: Candidate,
  process: Process,
  settings: Settings,
  now: IsoInstant,
): Draft {
  const since = lastNews(candidate, now);
  const sinceMs = Date.parse(since);
  const quietDue = addCountedDays(
    since,
    settings.quietDaysBeforeStatusUpdate,
    clockPolicy(process, settings),
  );
  const milestone = [...process.milestones]
    .map((m): [Milestone, IsoInstant] => [m, morningAfter(m.date, settings.timeZone)])
    .filter(([, at]) => Date.parse(at) > sinceMs)
    .sort((a, b) => Date.parse(a[1]) - Date.parse(b[1]) || (a[0].id < b[0].id ? -1 : 1))[0];
  const byMilestone = milestone !== undefined && Date.parse(milestone[1]) <= Date.parse(quietDue);
  const dueAt = byMilestone ? milestone[1] : quietDue;
  const name = candidate.name.trim();
  const why: UserText = byMilestone
    ? { sv: `”${milestone[0].title}” har passerats`, en: `"${milestone[0].title}" has passed` }
    : {
        sv: `${name} har inte hört något på ${settings.quietDaysBeforeStatusUpdate} dagar`,
        en: `${name} has heard nothing for ${settings.quietDaysBeforeStatusUpdate} days`,
      };
  return {
    kind: "status-update",
    anchor: byMilestone ? milestone[0].id : compactInstant(since),
    channel: "email",
    target: "todo",
    dueAt,
    remindAt: dueAt,
    title: { sv: `Lägesuppdatering till ${name}`, en: `Status update to ${name}` },
    body: {
      sv: `${why.sv}. Skicka tidsplanen och nästa steg för ${process.title}.`,
      en: `${why.en}. Send the timeline and the next step for ${process.title}.`,
    },
    template: "status-update",
    call: null,
  };
}

function surveyDraft(
  candidate: Candidate,
  process: Process,
  settings: Settings,
  now: IsoInstant,
): Draft | null {
  if (!process.surveyUrl || candidate.leftAt === null) return null;
  const leftMs = Date.parse(candidate.leftAt);
  const policy = { ...clockPolicy(process, settings), dayCounting: "calendar" as const };
  if (Date.parse(now) > Date.parse(addCountedDays(candidate.leftAt, settings.surveyWithinDays, policy)))
    return null;
  // The survey mail is logged as an outgoing message after leaving; decisions are logged as such.
  const sent = candidate.contacts.some(
    (c) =>
      c.direction === "out" &&
      c.kind === "message" &&
      Date.parse(c.at) >= leftMs &&
      Date.parse(c.at) <= Date.parse(now),
  );
  if (sent) return null;
  // A day after leaving, so the survey never arrives in the same breath as the decision.
  const dueAt = addCountedDays(candidate.leftAt, 1, policy);
  const name = candidate.name.trim();
  return {
    kind: "survey",
    anchor: compactInstant(candidate.leftAt),
    channel: "email",
    target: "todo",
    dueAt,
    remindAt: dueAt,
    title: { sv: `Skicka enkäten till ${name}`, en: `Send the survey to ${name}` },
    body: {
      sv: `${name} har lämnat processen ${process.title}. Be om synpunkter: ${process.surveyUrl}`,
      en: `${name} has left the ${process.title} process. Ask for feedback: ${process.surveyUrl}`,
    },
    template: "survey-invitation",
    call: null,
  };
}

function finish(draft: Draft, candidate: Candidate, process: Process, now: IsoInstant): FollowUp {
  const nowMs = Date.parse(now);
  const overdue = Date.parse(draft.dueAt) <= nowMs;
  // A reminder time already gone while the thing itself is still ahead would never pop: move it
  // to the due time. Stable in `now`, so sync does not rewrite the reminder on every run.
  const remindAt = !overdue && Date.parse(draft.remindAt) < nowMs ? draft.dueAt : draft.remindAt;
  return {
    id: followUpId(process.id, candidate.id, draft.kind, draft.anchor),
    processId: process.id,
    candidateId: candidate.id,
    kind: draft.kind,
    channel: draft.channel,
    target: draft.target,
    dueAt: draft.dueAt,
    remindAt,
    overdue,
    title: draft.title,
    body: draft.body,
    template: draft.template,
    call: draft.call,
  };
}

/** The follow-ups that should exist for one candidate at `now`. */
export function plan(
  candidate: Candidate,
  process: Process,
  settings: Settings,
  now: IsoInstant,
): readonly FollowUp[] {
  const clock = answerClock(candidate, process, settings, now);
  const drafts: Draft[] = [];
  if (clock.phase !== "stopped") drafts.push(...answerDrafts(candidate, process, settings, clock));
  else if (!hasLeft(candidate, process)) drafts.push(statusUpdateDraft(candidate, process, settings, now));
  if (hasLeft(candidate, process) && clock.phase === "stopped") {
    const survey = surveyDraft(candidate, process, settings, now);
    if (survey) drafts.push(survey);
  }
  const planned = drafts.map((d) => finish(d, candidate, process, now));
  const ticked = candidate.completedFollowUps;
  return ticked?.length ? planned.filter((f) => !ticked.includes(f.id)) : planned;
}

/** Every candidate's follow-ups in a process, in candidate order. */
export function planProcess(process: Process, settings: Settings, now: IsoInstant): readonly FollowUp[] {
  return process.candidates.flatMap((c) => plan(c, process, settings, now));
}
