// What the follow-up executors see in the sync tests: the fake Microsoft 365, a fixed clock, default
// settings, and a To Do listing that is never cached (every call lists, so a test sees each change).
import { DEFAULT_SETTINGS, type Process } from "../../../../src/domain";
import type { ExecutionContext } from "../../../../src/sync/executors";
import { RemoteFollowUps } from "../../../../src/sync/executors/remoteFollowUps";
import { candidate, mailIn, process } from "../../domain/fixtures";
import type { FakeMicrosoft365 } from "./fakePorts";

export function followUpContext(m365: FakeMicrosoft365, now: string): ExecutionContext {
  return {
    ports: m365,
    now: () => now,
    settings: () => DEFAULT_SETTINGS,
    language: () => "sv",
    documents: { get: () => undefined, put: () => undefined, exclusive: (_id, work) => work() },
    localProcess: () => undefined,
    earlierUnsent: () => false,
    templates: { get: () => undefined, put: () => undefined },
    followUps: new RemoteFollowUps(m365, () => Date.parse(now), 0),
  };
}

/** A process with one candidate whose mail of 20 November waits for an answer. */
export const waitingProcess = (): Process =>
  process({ candidates: [candidate({ contacts: [mailIn("2026-11-20T10:00:00.000Z")] })] });
