// A candidate and their contact log as read from the process document: repaired where the
// meaning is clear (an unknown channel becomes "other"), refused where it is not.

import { isIsoDate } from "../calendarDays";
import {
  CONTACT_CHANNELS,
  CONTACT_KINDS,
  type Candidate,
  type Consent,
  type ContactEvent,
  type Rejection,
  type Stage,
  type StageEntry,
} from "../model";
import { isInstant, isObj, type Obj, type Reader } from "./reader";
import { validateRejection } from "../rejection";
import { validateEmail, validatePhone } from "../validation";

/** What the pipeline, the planner's stage rules and the retention sweep read of a candidate: in
 * schema 2 these stay in the process index (decision 0009). */
export const CANDIDATE_INDEX_KEYS = [
  "id",
  "name",
  "emails",
  "stageId",
  "rejection",
  "consent",
  "leftAt",
  "retentionUntil",
  "createdAt",
  "completedFollowUps",
  "language",
  "stageHistory",
] as const;
/** What grows (the contact log), or only the card and the OneNote log use: in schema 2 these go to
 * a log shard (the page id is set on a candidate's first logged contact: a burst of first mails
 * would otherwise rewrite the index for each). */
export const CANDIDATE_LOG_KEYS = ["phone", "linkedInUrl", "updatedAt", "contacts", "oneNotePageId"] as const;
// One list split in two, so a new candidate field must choose its file.
const CANDIDATE_KEYS = [...CANDIDATE_INDEX_KEYS, ...CANDIDATE_LOG_KEYS] as const;
const CONTACT_KEYS = [
  "id",
  "at",
  "direction",
  "channel",
  "kind",
  "summary",
  "messageId",
  "eventId",
  "webLink",
] as const;

function parseContact(r: Reader, c: unknown, path: string): ContactEvent | null {
  if (!isObj(c)) {
    r.fail(path, "ingen kontakthändelse", "not a contact event");
    return null;
  }
  if (c.direction !== "in" && c.direction !== "out") {
    r.fail(`${path}.direction`, "riktning måste vara in eller out", "direction must be in or out");
  }
  r.unknownKeys(c, CONTACT_KEYS, path);
  let channel = c.channel as ContactEvent["channel"];
  if (!CONTACT_CHANNELS.includes(channel)) {
    r.warn(`${path}.channel`, "okänd kanal, sparas som other", "unknown channel, kept as other");
    channel = "other";
  }
  let kind = c.kind as ContactEvent["kind"];
  if (!CONTACT_KINDS.includes(kind)) {
    r.warn(`${path}.kind`, "okänd typ, sparas som note", "unknown kind, kept as note");
    kind = "note";
  }
  return {
    id: r.text(c, "id", path, true),
    at: r.instant(c, "at", path),
    direction: c.direction === "out" ? "out" : "in",
    channel,
    kind,
    summary: r.text(c, "summary", path, false),
    messageId: r.optionalText(c, "messageId", path),
    eventId: r.optionalText(c, "eventId", path),
    ...(typeof c.webLink === "string" && /^https:\/\//i.test(c.webLink) ? { webLink: c.webLink } : {}),
  };
}

/** Entries kept in their order (appended, never sorted: the order is the history); a broken one
 * is dropped with a warning rather than refusing the whole document over a past stage. */
function parseStageHistory(r: Reader, c: Obj, path: string): StageEntry[] {
  const out: StageEntry[] = [];
  r.array(c, "stageHistory", path).forEach((e, i) => {
    if (isObj(e) && typeof e.stageId === "string" && e.stageId !== "" && isInstant(e.at)) {
      out.push({ stageId: e.stageId, at: new Date(Date.parse(e.at)).toISOString() });
    } else r.warn(`${path}.stageHistory.${i}`, "ogiltig stegpost, ignoreras", "invalid stage entry, ignored");
  });
  return out;
}

export function parseCandidate(
  r: Reader,
  c: unknown,
  path: string,
  stages: readonly Stage[],
): Candidate | null {
  if (!isObj(c)) {
    r.fail(path, "ingen kandidat", "not a candidate");
    return null;
  }
  r.unknownKeys(c, CANDIDATE_KEYS, path);
  const emails: string[] = [];
  r.array(c, "emails", path).forEach((e, i) => {
    if (typeof e !== "string")
      return r.warn(`${path}.emails.${i}`, "ingen text, ignoreras", "not text, ignored");
    const v = validateEmail(e);
    if (!v.ok)
      r.warn(
        `${path}.emails.${i}`,
        `”${e}” ser inte ut som en e-postadress`,
        `"${e}" does not look like an email address`,
      );
    emails.push(v.ok ? v.value : e.trim().toLowerCase());
  });
  if (emails.length === 0) r.warn(`${path}.emails`, "ingen e-postadress", "no email address");
  const phone = r.optionalText(c, "phone", path);
  if (phone !== null && !validatePhone(phone).ok) {
    r.warn(`${path}.phone`, `”${phone}” går inte att ringa`, `"${phone}" cannot be dialled`);
  }
  const stageId = r.text(c, "stageId", path, true);
  if (stageId !== "" && !stages.some((s) => s.id === stageId)) {
    r.warn(`${path}.stageId`, `steget ”${stageId}” finns inte`, `the stage "${stageId}" does not exist`);
  }
  let rejection: Rejection | null = null;
  if (c.rejection !== null && c.rejection !== undefined) {
    const v = isObj(c.rejection) ? validateRejection(c.rejection) : null;
    if (v?.ok) rejection = v.value;
    else r.fail(`${path}.rejection`, "ogiltigt avslag", "invalid rejection");
  }
  let consent: Consent | null = null;
  if (
    isObj(c.consent) &&
    typeof c.consent.talentPool === "boolean" &&
    isInstant(c.consent.givenAt) &&
    isInstant(c.consent.expiresAt)
  ) {
    consent = {
      talentPool: c.consent.talentPool,
      givenAt: new Date(Date.parse(c.consent.givenAt)).toISOString(),
      expiresAt: new Date(Date.parse(c.consent.expiresAt)).toISOString(),
    };
  } else if (c.consent !== null && c.consent !== undefined) {
    r.warn(`${path}.consent`, "ogiltigt samtycke, ignoreras", "invalid consent, ignored");
  }
  const retention = c.retentionUntil;
  let retentionUntil: string | null = null;
  if (typeof retention === "string" && isIsoDate(retention.slice(0, 10)))
    retentionUntil = retention.slice(0, 10);
  else if (retention !== null && retention !== undefined) {
    r.warn(`${path}.retentionUntil`, "ogiltigt datum, ignoreras", "invalid date, ignored");
  }
  const contacts = r
    .array(c, "contacts", path)
    .map((k, i) => parseContact(r, k, `${path}.contacts.${i}`))
    .filter((k): k is ContactEvent => k !== null);
  const completedFollowUps = r
    .array(c, "completedFollowUps", path)
    .filter((id): id is string => typeof id === "string" && id !== "");
  let language: "sv" | "en" | null = null;
  if (c.language === "sv" || c.language === "en") language = c.language;
  else if (c.language !== null && c.language !== undefined) {
    r.warn(`${path}.language`, "okänt språk, processens används", "unknown language, the process's is used");
  }
  const stageHistory = parseStageHistory(r, c, path);
  return {
    id: r.id(c, "id", path),
    name: r.text(c, "name", path, true),
    emails,
    phone,
    linkedInUrl: r.optionalText(c, "linkedInUrl", path),
    stageId,
    rejection,
    consent,
    leftAt: r.optionalInstant(c, "leftAt", path),
    retentionUntil,
    createdAt: r.instant(c, "createdAt", path),
    updatedAt: r.instant(c, "updatedAt", path),
    contacts,
    ...(completedFollowUps.length > 0 ? { completedFollowUps } : {}),
    ...(language ? { language } : {}),
    ...(typeof c.oneNotePageId === "string" && c.oneNotePageId !== ""
      ? { oneNotePageId: c.oneNotePageId }
      : {}),
    ...(stageHistory.length > 0 ? { stageHistory } : {}),
  };
}
