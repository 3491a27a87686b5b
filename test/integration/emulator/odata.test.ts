// The $filter parser is a real (small) parser: precedence, lambdas, literals, and Graph-like 400s.
import { GraphError } from "../../graph-emulator/errors";
import { matches } from "../../graph-emulator/odata/evaluate";
import { parseFilter } from "../../graph-emulator/odata/parser";
import { parseQuery } from "../../graph-emulator/odata/query";

const mail = {
  subject: "RE: Ansökan",
  isRead: false,
  receivedDateTime: "2026-11-21T12:36:00Z",
  from: { emailAddress: { address: "Asa.Oberg@example.se" } },
  categories: ["Svara: Säljare – Solkraft AB"],
  singleValueExtendedProperties: [
    { id: "String {6ba7bc0f-ea86-4499-8049-a2a6bb729aae} Name SvaraCandidate", value: "p/c" },
  ],
  start: { dateTime: "2026-11-26T09:00:00.0000000", timeZone: "UTC" },
};
const f = (expr: string): boolean => matches(parseFilter(expr), mail);

it("binds and tighter than or, and not tighter than and", () => {
  expect(parseFilter("a eq 1 or b eq 2 and c eq 3")).toMatchObject({ kind: "or", right: { kind: "and" } });
  expect(parseFilter("not a eq 1 and b eq 2")).toMatchObject({ kind: "and", left: { kind: "not" } });
  expect(f("isRead eq true or subject eq 'RE: Ansökan' and isRead eq false")).toBe(true);
  expect(f("(isRead eq true or subject eq 'RE: Ansökan') and isRead eq true")).toBe(false);
});

it("compares strings case-insensitively and dates as instants, quoted or not", () => {
  expect(f("from/emailAddress/address eq 'asa.oberg@example.se'")).toBe(true);
  expect(f("receivedDateTime ge 2026-11-21T00:00:00Z and receivedDateTime lt '2026-11-22T00:00:00Z'")).toBe(
    true,
  );
  expect(f("start/dateTime ge '2026-11-26T08:00:00'")).toBe(true);
  expect(f("subject ne 'x' and not (isRead eq true)")).toBe(true);
});

it("evaluates any/all lambdas, startswith, and '' escapes", () => {
  expect(
    f(
      "singleValueExtendedProperties/any(ep: ep/id eq 'String {6ba7bc0f-ea86-4499-8049-a2a6bb729aae} Name SvaraCandidate' and ep/value eq 'p/c')",
    ),
  ).toBe(true);
  expect(f("categories/any(c: startswith(c, 'Svara:'))")).toBe(true);
  expect(f("categories/all(c: c eq 'x')")).toBe(false);
  expect(f("categories/any()")).toBe(true);
  expect(parseFilter("subject eq 'it''s'")).toMatchObject({ right: { kind: "literal", value: "it's" } });
});

it("rejects malformed filters and unknown functions with 400", () => {
  for (const bad of [
    "subject eq",
    "subject eq 'x",
    "(isRead eq true",
    "length(subject) eq 3",
    "subject eq 'a' 'b'",
    "",
  ]) {
    expect(() => parseFilter(bad)).toThrow(GraphError);
  }
});

it("parses $orderby, $top, $skip and $expand with a nested $filter; unknown options are 400", () => {
  const q = parseQuery(
    new URLSearchParams(
      "$orderby=receivedDateTime desc,subject&$top=5&$skip=10&$expand=singleValueExtendedProperties($filter=id eq 'x')",
    ),
  );
  expect(q.orderby).toEqual([
    { path: ["receivedDateTime"], desc: true },
    { path: ["subject"], desc: false },
  ]);
  expect([q.top, q.skip]).toEqual([5, 10]);
  expect(q.expand[0]).toMatchObject({ name: "singleValueExtendedProperties", filter: { kind: "compare" } });
  expect(() => parseQuery(new URLSearchParams("$top=-1"))).toThrow(GraphError);
  expect(() => parseQuery(new URLSearchParams("$search=x"))).toThrow(GraphError);
  expect(() => parseQuery(new URLSearchParams("$whatever=x"))).toThrow(GraphError);
});
