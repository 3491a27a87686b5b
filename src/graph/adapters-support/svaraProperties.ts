// Svara's named extended properties (docs/decisions/0002): one GUID, several names. Graph can
// $filter on single-value extended properties, so they are how Svara finds its own items again.
import type { CandidateRef } from "../../domain";

const SVARA_GUID = "{6ba7bc0f-ea86-4499-8049-a2a6bb729aae}";

/** `{processId}/{candidateId}` on a message or event: the mail/event ↔ candidate link. */
export const CANDIDATE_PROPERTY = `String ${SVARA_GUID} Name SvaraCandidate`;
/** The follow-up an event stands for, as JSON, so listFollowUps maps back to the planner's shape. */
export const FOLLOW_UP_PROPERTY = `String ${SVARA_GUID} Name SvaraFollowUp`;
/** What kind of Svara item this is ("follow-up", "draft"): a constant value Graph can $filter on
 * with `eq`, the one comparison it documents for extended properties. */
export const ITEM_PROPERTY = `String ${SVARA_GUID} Name SvaraItem`;
/** The DraftRequest id a draft was made for: a retried batch finds it instead of making a twin. */
export const DRAFT_REQUEST_PROPERTY = `String ${SVARA_GUID} Name SvaraDraftRequest`;

export const linkValue = (ref: CandidateRef): string => `${ref.processId}/${ref.candidateId}`;

export function parseLinkValue(value: unknown): CandidateRef | null {
  if (typeof value !== "string") return null;
  const m = /^([a-z0-9-]+)\/([a-z0-9-]+)$/.exec(value);
  return m ? { processId: m[1]!, candidateId: m[2]! } : null;
}

/** A string literal inside an OData $filter: single quotes doubled. */
export const odataString = (value: string): string => `'${value.replace(/'/g, "''")}'`;

/** `$expand` clause that brings back just the named properties, not every extended property. */
export function expandProperties(...ids: string[]): string {
  const filter = ids.map((id) => `id eq ${odataString(id)}`).join(" or ");
  return `singleValueExtendedProperties($filter=${filter})`;
}

/** `$filter` that finds items carrying this property with exactly this value. */
export const propertyEquals = (id: string, value: string): string =>
  `singleValueExtendedProperties/any(ep: ep/id eq ${odataString(id)} and ep/value eq ${odataString(value)})`;

interface ExtendedProperty {
  id?: unknown;
  value?: unknown;
}

/** The value of one extended property in an item Graph returned, if it came back. */
export function propertyValue(item: unknown, id: string): string | null {
  const props = (item as { singleValueExtendedProperties?: unknown } | null)?.singleValueExtendedProperties;
  if (!Array.isArray(props)) return null;
  const hit = (props as ExtendedProperty[]).find(
    (p) => typeof p.id === "string" && p.id.toLowerCase() === id.toLowerCase(),
  );
  return typeof hit?.value === "string" ? hit.value : null;
}
