// Two drafts for one draft request: a second runtime re-sent the same CreateDrafts while the first
// was sending, or a reply was cut between its two steps and made again. The draft kept is a
// finished one if there is one (a half-made reply holds no text), then the domain's rule (earliest
// made, then smallest id) so any runtime keeps the same; the others are deleted (to Deleted Items,
// where the recruiter can still find them).
import { splitTwins } from "../../domain";

export interface DraftCopy {
  readonly remoteId: string;
  readonly createdAt: string | null | undefined;
  /** A reply whose text never arrived. */
  readonly pending: boolean;
}

export function keptDraft<C extends DraftCopy>(copies: readonly C[]): { keeper: C; twins: C[] } | null {
  const finished = copies.filter((c) => !c.pending);
  const split = splitTwins(finished.length > 0 ? finished : copies);
  if (!split) return null;
  return { keeper: split.keeper, twins: copies.filter((c) => c.remoteId !== split.keeper.remoteId) };
}
