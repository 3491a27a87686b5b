// The mail a reminder leads back to: the candidate's latest mail that Outlook can open (one with a
// web link), in or out. A newer mail replaces it, so the To Do task always opens the thread's end.
import type { Candidate } from "./model";

export interface LatestMail {
  readonly webLink: string;
  readonly subject: string;
  readonly at: string;
}

export function latestMail(candidate: Candidate): LatestMail | null {
  let best: LatestMail | null = null;
  for (const c of candidate.contacts) {
    if (c.channel !== "email" || !c.webLink || c.kind === "note") continue;
    if (best && Date.parse(c.at) <= Date.parse(best.at)) continue;
    best = { webLink: c.webLink, subject: c.summary, at: c.at };
  }
  return best;
}
