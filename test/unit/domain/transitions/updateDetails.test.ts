import fc from "fast-check";
import { updateDetails, type Candidate, type Result } from "../../../../src/domain";
import { candidate } from "../fixtures";
import { changesArb } from "./arbitraries";

const asa = candidate();

function value(r: Result<Candidate>): Candidate {
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
}

describe("correcting a candidate's details", () => {
  it("checks a new phone number and stores it dialable", () => {
    const bad = updateDetails(asa, { phone: "ring mig" });
    expect(!bad.ok && bad.error.field).toBe("phone");
    const good = value(
      updateDetails(asa, { phone: "08-123 456 78", linkedInUrl: "https://www.linkedin.com/in/asa" }),
    );
    expect(good.phone).toBe("+46812345678");
    expect(good.linkedInUrl).toBe("https://www.linkedin.com/in/asa");
  });

  it("clears a phone number or LinkedIn address left blank", () => {
    const cleared = value(
      updateDetails(
        { ...asa, linkedInUrl: "https://www.linkedin.com/in/asa" },
        { phone: " ", linkedInUrl: null },
      ),
    );
    expect(cleared).toMatchObject({ phone: null, linkedInUrl: null });
    expect(updateDetails(asa, { linkedInUrl: "https://example.se/asa" })).toMatchObject({
      error: { field: "linkedInUrl" },
    });
  });

  it("keeps each address once, lower-cased, and at least one", () => {
    const emails = value(
      updateDetails(asa, { emails: ["Asa@Example.se", " asa@example.se", "a.o@example.se"] }),
    );
    expect(emails.emails).toEqual(["asa@example.se", "a.o@example.se"]);
    expect(updateDetails(asa, { emails: [] })).toMatchObject({
      error: { code: "email-missing", field: "emails" },
    });
    expect(updateDetails(asa, { emails: ["asa@example.se", "åsa"] })).toMatchObject({
      error: { code: "invalid-email", field: "emails.1" },
    });
  });

  it("will not leave a candidate without a name", () => {
    expect(updateDetails(asa, { name: "  " })).toMatchObject({ error: { code: "required", field: "name" } });
    expect(value(updateDetails(asa, { name: " Åsa Öberg-Lind " })).name).toBe("Åsa Öberg-Lind");
  });

  it("changes nothing — the very same candidate — when the details are what they were", () => {
    const same = { name: " Åsa Öberg ", emails: ["ASA.OBERG@example.se"], linkedInUrl: "" };
    expect(value(updateDetails(asa, same))).toBe(asa);
  });

  it("correcting the same details twice gives what correcting them once gave", () => {
    fc.assert(
      fc.property(changesArb, (changes) => {
        const once = updateDetails(asa, changes);
        if (!once.ok) return;
        expect(value(updateDetails(once.value, changes))).toBe(once.value);
      }),
    );
  });
});
