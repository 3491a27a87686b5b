// Fault injection, switchable at run time (in the spirit of Microsoft's Dev Proxy): throttling with
// and without Retry-After, 503/504, latency, expired or forbidden tokens, and "dropped after
// commit" — the change is applied, then the connection is cut before the answer — and answers that
// are 200 but not Graph's (malformed.ts).

import type { MalformedAs } from "./malformed";

export type FaultSpec =
  | ({ kind: "throttle"; retryAfter?: number | null } & Match)
  | ({ kind: "status"; status: 500 | 502 | 503 | 504; retryAfter?: number | null } & Match)
  | ({ kind: "latency"; ms: number } & Match)
  | ({ kind: "drop" } & Match)
  | ({ kind: "auth"; reason?: "expired" | "invalid"; token?: string } & Match)
  | ({ kind: "forbidden"; scope: string } & Match)
  | ({ kind: "concurrency"; limit: number } & Match)
  | ({ kind: "malformed"; as: MalformedAs } & Match);

export const FAULT_KINDS: string[] = [
  "throttle",
  "status",
  "latency",
  "drop",
  "auth",
  "forbidden",
  "concurrency",
  "malformed",
];

export interface Match {
  /** HTTP method; any when absent. */
  method?: string;
  /** Path below /v1.0; a string is a glob where `*` matches anything, matched case-insensitively. */
  path?: string | RegExp;
  /** How many matching requests the fault applies to; unlimited when absent (1 for throttle/status/drop/malformed). */
  count?: number;
}

export type FaultRule = FaultSpec & { id: number; remaining: number; fired: number };

export interface FaultView {
  id: number;
  kind: string;
  method: string | null;
  path: string | null;
  remaining: number | null;
  fired: number;
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*");
  return new RegExp(`^${escaped}$`, "i");
}

function matchesRule(rule: FaultRule, method: string, path: string): boolean {
  if (rule.method && rule.method.toUpperCase() !== method.toUpperCase()) return false;
  if (rule.path === undefined) return true;
  const re = typeof rule.path === "string" ? globToRegExp(rule.path) : rule.path;
  return re.test(path);
}

/** What the faults decided for one request (or one $batch sub-request). */
export interface FaultDecision {
  latencyMs: number;
  /** An answer to give instead of handling the request. */
  reject: { status: number; code: string; message: string; retryAfter: number | null } | null;
  drop: boolean;
  /** A successful answer to bend into something that is not Graph's. */
  malformed: MalformedAs | null;
}

export class Faults {
  private rules: FaultRule[] = [];
  private nextId = 1;

  add(spec: FaultSpec): FaultRule {
    const oneShot =
      spec.kind === "throttle" || spec.kind === "status" || spec.kind === "drop" || spec.kind === "malformed";
    const rule: FaultRule = {
      ...spec,
      id: this.nextId++,
      remaining: spec.count ?? (oneShot ? 1 : Infinity),
      fired: 0,
    };
    this.rules.push(rule);
    return rule;
  }

  /** 429 with Retry-After (seconds), as Outlook and most of Graph answer. */
  throttle(match: Match & { retryAfter?: number } = {}): FaultRule {
    return this.add({ kind: "throttle", retryAfter: 1, ...match });
  }

  /** 429 with no Retry-After, as OneNote answers. */
  throttleWithoutRetryAfter(match: Match = {}): FaultRule {
    return this.add({ kind: "throttle", ...match, retryAfter: null });
  }

  unavailable(status: 503 | 504 = 503, match: Match & { retryAfter?: number | null } = {}): FaultRule {
    return this.add({ kind: "status", status, ...match });
  }

  latency(ms: number, match: Match = {}): FaultRule {
    return this.add({ kind: "latency", ms, ...match });
  }

  dropAfterCommit(match: Match = {}): FaultRule {
    return this.add({ kind: "drop", ...match });
  }

  /** Makes tokens (all, or one given token) fail with 401 InvalidAuthenticationToken. */
  auth(reason: "expired" | "invalid" = "expired", match: Match & { token?: string } = {}): FaultRule {
    return this.add({ kind: "auth", reason, ...match });
  }

  /** Makes matching requests answer 403 ErrorAccessDenied naming the missing scope. */
  forbid(scope: string, match: Match = {}): FaultRule {
    return this.add({ kind: "forbidden", scope, ...match });
  }

  /**
   * Outlook's limit of concurrent requests per app and mailbox (4 in the real service): a request
   * that arrives while `limit` matching requests are in flight gets 429 ApplicationThrottled.
   */
  concurrency(limit = 4, match: Match = {}): FaultRule {
    return this.add({ kind: "concurrency", limit, ...match });
  }

  /** Matching successful answers come back as `as` instead (an HTML page, `{}`, cut off, a self-link). */
  malformed(as: MalformedAs, match: Match = {}): FaultRule {
    return this.add({ kind: "malformed", as, ...match });
  }

  remove(id: number): void {
    this.rules = this.rules.filter((r) => r.id !== id);
  }

  clear(): void {
    this.rules = [];
  }

  list(): FaultView[] {
    return this.rules.map((r) => ({
      id: r.id,
      kind: r.kind,
      method: r.method ?? null,
      path: r.path === undefined ? null : String(r.path),
      remaining: Number.isFinite(r.remaining) ? r.remaining : null,
      fired: r.fired,
    }));
  }

  /** How many times a rule has fired so far. */
  fired(id: number): number {
    return this.rules.find((r) => r.id === id)?.fired ?? 0;
  }

  private take(rule: FaultRule): void {
    rule.fired++;
    rule.remaining--;
  }

  decide(method: string, path: string, token: string | null, inFlight = 0): FaultDecision {
    const d: FaultDecision = { latencyMs: 0, reject: null, drop: false, malformed: null };
    for (const rule of this.rules) {
      if (rule.kind !== "concurrency" || rule.remaining <= 0 || !matchesRule(rule, method, path)) continue;
      if (inFlight >= rule.limit) {
        this.take(rule);
        d.reject = {
          status: 429,
          code: "ApplicationThrottled",
          message: "Application is over its MailboxConcurrency limit.",
          retryAfter: 1,
        };
        return d;
      }
    }
    for (const rule of this.rules) {
      if (rule.remaining <= 0 || !matchesRule(rule, method, path)) continue;
      if (rule.kind === "latency") {
        this.take(rule);
        d.latencyMs += rule.ms;
      }
    }
    for (const rule of this.rules) {
      if (d.reject || rule.remaining <= 0 || !matchesRule(rule, method, path)) continue;
      switch (rule.kind) {
        case "auth":
          if (rule.token !== undefined && rule.token !== token) break;
          this.take(rule);
          d.reject = {
            status: 401,
            code: "InvalidAuthenticationToken",
            message:
              rule.reason === "invalid"
                ? "IDX14100: JWT is not well formed, there are no dots (.)."
                : "Lifetime validation failed, the token is expired.",
            retryAfter: null,
          };
          break;
        case "forbidden":
          this.take(rule);
          d.reject = {
            status: 403,
            code: "ErrorAccessDenied",
            message: `Access is denied. Check credentials and try again. The token lacks the scope ${rule.scope}.`,
            retryAfter: null,
          };
          break;
        case "throttle":
          this.take(rule);
          d.reject = {
            status: 429,
            code: rule.retryAfter === null ? "20166" : "TooManyRequests",
            message:
              rule.retryAfter === null
                ? "The request limit has been reached. Wait and try again."
                : "Too many requests. Wait for the interval in the Retry-After header and try again.",
            retryAfter: rule.retryAfter === undefined ? 1 : rule.retryAfter,
          };
          break;
        case "status":
          this.take(rule);
          d.reject = {
            status: rule.status,
            code: rule.status === 504 ? "GatewayTimeout" : "ServiceNotAvailable",
            message:
              rule.status === 504
                ? "The gateway did not receive a timely response from the service."
                : "The service is temporarily unavailable. Try again later.",
            retryAfter: rule.retryAfter ?? null,
          };
          break;
      }
    }
    if (!d.reject) {
      for (const rule of this.rules) {
        if (rule.kind === "drop" && rule.remaining > 0 && matchesRule(rule, method, path)) {
          this.take(rule);
          d.drop = true;
          break;
        }
      }
      for (const rule of this.rules) {
        if (rule.kind === "malformed" && rule.remaining > 0 && matchesRule(rule, method, path)) {
          this.take(rule);
          d.malformed = rule.as;
          break;
        }
      }
    }
    return d;
  }
}
