// To Do's due day of a follow-up: the recruiter's calendar day, and cheap enough for a sweep that
// writes thousands of tasks.
import { dueDate } from "../../../src/graph/adapters-support/graphTime";

describe("the To Do due date of a follow-up", () => {
  it("keeps 23:30 in Stockholm on that Stockholm day", () => {
    expect(dueDate("2026-11-12T22:30:00.000Z", "Europe/Stockholm")).toEqual({
      dateTime: "2026-11-12T00:00:00",
      timeZone: "UTC",
    });
    expect(dueDate("2026-11-12T23:30:00.000Z", "Europe/Stockholm").dateTime).toBe("2026-11-13T00:00:00");
  });

  it("builds no new date formatter per task when a sweep writes 5,000 of them", () => {
    dueDate("2026-11-12T10:00:00.000Z", "Europe/Stockholm"); // the first may build one
    const built = jest.spyOn(Intl, "DateTimeFormat");
    try {
      for (let i = 0; i < 5_000; i++)
        dueDate(new Date(Date.UTC(2026, 10, 1) + i * 3_600_000).toISOString(), "Europe/Stockholm");
      expect(built).not.toHaveBeenCalled();
    } finally {
      built.mockRestore();
    }
  });
});
