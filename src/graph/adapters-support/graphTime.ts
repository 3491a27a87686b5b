import { dateTimeFormat } from "../../domain/intlCache";

// Graph's dateTimeTimeZone for an instant. Written in UTC: Outlook and To Do show it in the
// recruiter's own zone, and the instant stays exactly the planner's.
export const utcDateTime = (instant: string): { dateTime: string; timeZone: string } => ({
  dateTime: new Date(Date.parse(instant)).toISOString().replace(/Z$/, ""),
  timeZone: "UTC",
});

/** To Do keeps only the date of dueDateTime: the recruiter's calendar day of the instant, written
 * as that day's midnight in UTC (what To Do itself writes), so 23:30 in Stockholm stays that day. */
export function dueDate(instant: string, timeZone: string): { dateTime: string; timeZone: string } {
  // A sweep writes thousands of tasks: a new formatter per call cost 600 ms for 5,000 (issue 13).
  const day = dateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(Date.parse(instant));
  return { dateTime: `${day}T00:00:00`, timeZone: "UTC" };
}
