// The process's erasures as the process document holds them (decision 0010): read tolerantly — an
// entry that cannot be read is dropped with a warning rather than refusing the whole process — and
// written in a fixed key order, absent when there are none (older documents stay byte for byte).

import { ERASURE_PLACES, type ErasedPlace, type Erasure } from "./model";
import { isInstant, isObj, type Obj, type Reader } from "./processDocument/reader";

const PLACES: ReadonlySet<string> = new Set(ERASURE_PLACES);

function parsePlaces(v: unknown): ErasedPlace[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((p) =>
    isObj(p) && typeof p.place === "string" && PLACES.has(p.place) && Number.isInteger(p.count)
      ? [{ place: p.place as ErasedPlace["place"], count: p.count as number }]
      : [],
  );
}

function parseErasure(e: unknown): Erasure | null {
  if (!isObj(e) || typeof e.id !== "string" || e.id === "" || typeof e.candidateRef !== "string") return null;
  if (!isInstant(e.startedAt) || typeof e.by !== "string") return null;
  const running = typeof e.candidateId === "string" && e.candidateId !== "";
  const done = isInstant(e.erasedAt);
  if (running === done) return null; // either still naming the candidate, or a receipt
  return {
    id: e.id,
    candidateRef: e.candidateRef,
    startedAt: new Date(Date.parse(e.startedAt)).toISOString(),
    by: e.by,
    deleteMails: e.deleteMails === true,
    ...(running ? { candidateId: e.candidateId as string } : {}),
    ...(done
      ? { erasedAt: new Date(Date.parse(e.erasedAt as string)).toISOString(), places: parsePlaces(e.places) }
      : {}),
  };
}

/** The `erasures` of a process document; absent when it has none. */
export function parseErasures(r: Reader, json: Obj): { readonly erasures?: readonly Erasure[] } {
  if (json.erasures === undefined || json.erasures === null) return {};
  const out: Erasure[] = [];
  r.array(json, "erasures", "process").forEach((e, i) => {
    const read = parseErasure(e);
    if (read) out.push(read);
    else r.warn(`erasures.${i}`, "ogiltig radering, ignoreras", "invalid erasure, ignored");
  });
  return out.length > 0 ? { erasures: out } : {};
}

/** The `erasures` key as written back; nothing when there are none. */
export function serialiseErasures(erasures: readonly Erasure[] | undefined): Record<string, unknown> {
  if (!erasures?.length) return {};
  return {
    erasures: erasures.map((e) => ({
      id: e.id,
      candidateRef: e.candidateRef,
      startedAt: e.startedAt,
      by: e.by,
      deleteMails: e.deleteMails,
      ...(e.candidateId !== undefined ? { candidateId: e.candidateId } : {}),
      ...(e.erasedAt !== undefined ? { erasedAt: e.erasedAt } : {}),
      ...(e.places !== undefined
        ? { places: e.places.map((p) => ({ place: p.place, count: p.count })) }
        : {}),
    })),
  };
}
