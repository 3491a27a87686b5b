// Graph's dateTimeTimeZone for an instant. Written in UTC: Outlook and To Do show it in the
// recruiter's own zone, and the instant stays exactly the planner's.
export const utcDateTime = (instant: string): { dateTime: string; timeZone: string } => ({
  dateTime: new Date(Date.parse(instant)).toISOString().replace(/Z$/, ""),
  timeZone: "UTC",
});
