// A first start on a big mailbox reads only the mail that can still reach a candidate's log.
import { DETECTION_WINDOW_DAYS, detectionWindowStart } from "../../../src/domain";
import { applied, candidate, contact, mailIn, mailOut, process } from "./fixtures";

const NOW = "2026-11-25T09:00:00.000Z";
const HOUR = 3_600_000;
const hourBefore = (iso: string): string => new Date(Date.parse(iso) - HOUR).toISOString();

describe("how far back a first look at the mailbox reads", () => {
  it("starts just before the open candidate whose log is oldest was last in contact", () => {
    const asa = candidate({
      id: "asa",
      contacts: [applied("2026-11-03T09:12:00.000Z"), mailOut("2026-11-10T08:00:00.000Z")],
    });
    const erik = candidate({
      id: "erik",
      emails: ["erik@example.se"],
      createdAt: "2026-11-12T10:00:00.000Z",
      contacts: [applied("2026-11-12T10:00:00.000Z"), mailIn("2026-11-20T10:00:00.000Z")],
    });
    expect(detectionWindowStart([process({ candidates: [asa, erik] })], NOW)).toBe(
      hourBefore("2026-11-10T08:00:00.000Z"),
    );
  });

  it("counts when a candidate was added when nothing is logged for them, and never a note", () => {
    const nora = candidate({
      id: "nora",
      createdAt: "2026-11-18T12:00:00.000Z",
      contacts: [
        contact({ at: "2026-11-24T12:00:00.000Z", direction: "out", channel: "other", kind: "note" }),
      ],
    });
    expect(detectionWindowStart([process({ candidates: [nora] })], NOW)).toBe(
      hourBefore("2026-11-18T12:00:00.000Z"),
    );
  });

  it("leaves out candidates who left and processes that are closed", () => {
    const waiting = candidate({ id: "w", contacts: [applied("2026-11-20T09:00:00.000Z")] });
    const hired = candidate({
      id: "h",
      emails: ["h@example.se"],
      stageId: "hired",
      contacts: [applied("2026-11-01T09:00:00.000Z")],
    });
    const rejected = candidate({
      id: "r",
      emails: ["r@example.se"],
      stageId: "rejected",
      contacts: [applied("2026-11-02T09:00:00.000Z")],
    });
    const closed = process({
      id: "closed",
      closedAt: "2026-11-15T00:00:00.000Z",
      candidates: [candidate({ id: "old", contacts: [applied("2026-11-02T09:00:00.000Z")] })],
    });
    expect(detectionWindowStart([process({ candidates: [waiting, hired, rejected] }), closed], NOW)).toBe(
      hourBefore("2026-11-20T09:00:00.000Z"),
    );
  });

  it(`reads no more than ${DETECTION_WINDOW_DAYS} days back, and that far when nobody is open`, () => {
    const sleeping = candidate({
      createdAt: "2026-06-01T09:00:00.000Z",
      contacts: [applied("2026-06-01T09:00:00.000Z")],
    });
    const floor = new Date(Date.parse(NOW) - DETECTION_WINDOW_DAYS * 24 * HOUR).toISOString();
    expect(detectionWindowStart([process({ candidates: [sleeping] })], NOW)).toBe(floor);
    expect(detectionWindowStart([], NOW)).toBe(floor);
  });
});
