// A follow-up stored beside its To Do task or calendar event, so listFollowUps hands reconcile the
// very FollowUp the planner made (reconcile compares like with like) instead of a lossy rebuild
// from a task title in one language.
import { TEMPLATE_KINDS, type FollowUp } from "../../domain";

const KINDS = ["answer-due", "warning", "call", "get-phone", "status-update", "survey"];
const CHANNELS = ["email", "phone", "task"];
const TARGETS = ["todo", "calendar"];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is { sv: string; en: string } =>
  isObj(v) && typeof v.sv === "string" && typeof v.en === "string";
const isLines = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === "string");

export function encodeFollowUp(f: FollowUp): string {
  return JSON.stringify(f);
}

/** The stored follow-up, or null when it is missing or not one (edited by hand, older format). */
export function decodeFollowUp(text: string | null | undefined): FollowUp | null {
  if (!text) return null;
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObj(v)) return null;
  const call = v.call;
  const callOk =
    call === null ||
    (isObj(call) &&
      typeof call.phone === "string" &&
      isObj(call.talkingPoints) &&
      isLines(call.talkingPoints.sv) &&
      isLines(call.talkingPoints.en));
  const ok =
    typeof v.id === "string" &&
    typeof v.processId === "string" &&
    typeof v.candidateId === "string" &&
    KINDS.includes(v.kind as string) &&
    CHANNELS.includes(v.channel as string) &&
    TARGETS.includes(v.target as string) &&
    typeof v.dueAt === "string" &&
    typeof v.remindAt === "string" &&
    typeof v.overdue === "boolean" &&
    isText(v.title) &&
    isText(v.body) &&
    (v.template === null || (TEMPLATE_KINDS as readonly unknown[]).includes(v.template)) &&
    callOk;
  return ok ? (v as unknown as FollowUp) : null;
}
