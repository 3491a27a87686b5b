// What the HTTP front and the control API share: the state (swapped by reset), faults, the log.
import type { Faults } from "./faults";
import type { RequestLog } from "./requestLog";
import type { Store } from "./store";

export interface ServerParts {
  /** Read per request: reset() swaps it. */
  store: Store;
  faults: Faults;
  log: RequestLog;
  /**
   * How absolute links (@odata.nextLink, deltaLink, @odata.context, Location) are written: "self"
   * (http://127.0.0.1:PORT/v1.0, default) or "graph" (https://graph.microsoft.com/v1.0, for a client
   * that keeps Graph's real base URL and rewrites the host on the last hop, as Dev Proxy does).
   */
  links?: "self" | "graph";
  /** Replaces the state with a fresh seed (POST /_emulator/reset). */
  reset?: (seed: string, now?: string) => void;
}
