import type { AppError } from "../domain/result";
import { parseRetryAfter, RETRYABLE_STATUSES } from "./retryPolicy";

type GraphErrorCode =
  | "graph-auth-needed"
  | "graph-forbidden"
  | "graph-not-found"
  | "graph-conflict"
  | "graph-throttled"
  | "graph-server-error"
  | "graph-request-rejected"
  | "graph-offline"
  | "graph-foreign-url"
  | "graph-unexpected"
  | "graph-base-url-invalid"
  | "graph-batch-invalid"
  | "graph-batch-missing-response"
  | "graph-dependency-failed"
  | "graph-delta-incomplete"
  | "graph-missing-etag"
  | "graph-missing-id"
  | "onenote-section-full"
  | "process-document-unreadable"
  /** A process document's ETag no longer matches (ports.ts ProcessWriteError). */
  | "conflict";

declare module "../domain/errorCodes" {
  interface ErrorCodes {
    graph: GraphErrorCode;
  }
}

/** An AppError from a Graph call, with what the outbox needs to decide what to do next. */
export interface GraphAppError extends AppError {
  readonly status?: number;
  /** How long Graph asked us to wait before trying again. */
  readonly retryAfterMs?: number;
  /** Graph's request-id: what Microsoft support asks for. */
  readonly requestId?: string;
  /** The permission Graph said was missing, when it said so. */
  readonly missingPermission?: string;
  /** HTTP round trips spent before giving up (0: nothing was sent). */
  readonly attempts?: number;
}

/** Gone from Microsoft 365 (deleted, moved, never made): a 404. */
export const isNotFound = (error: AppError): boolean => error.code === "graph-not-found";

/** Someone else wrote first: Graph's 409/412, or a process document's ETag that no longer matches. */
export const isConflict = (error: AppError): boolean =>
  error.code === "conflict" || error.code === "graph-conflict";

export interface HeaderLookup {
  get(name: string): string | null;
}

interface GraphErrorBody {
  error?: { code?: unknown; message?: unknown; innerError?: { "request-id"?: unknown } };
}

const graphCode = (body: unknown): string | undefined => {
  const code = (body as GraphErrorBody | undefined)?.error?.code;
  return typeof code === "string" ? code : undefined;
};
const graphMessage = (body: unknown): string => {
  const message = (body as GraphErrorBody | undefined)?.error?.message;
  return typeof message === "string" ? message : "";
};

// Graph names scopes in 403 messages ("…requires one of 'Notes.ReadWrite, Notes.ReadWrite.All'").
const SCOPE =
  /\b(?:User|Mail|Calendars|Tasks|Notes|Files|MailboxSettings|Sites)\.[A-Za-z]+(?:\.[A-Za-z]+)*\b/;

/** What one kind of Graph answer means for the recruiter. */
interface StatusMeaning {
  readonly code: GraphErrorCode;
  readonly sv: string;
  readonly en: string;
  readonly retryable: boolean;
}

const meaning = (code: GraphErrorCode, retryable: boolean, sv: string, en: string): StatusMeaning => ({
  code,
  sv,
  en,
  retryable,
});

const AUTH_NEEDED = meaning(
  "graph-auth-needed",
  true,
  "Du behöver logga in igen för att Svara ska kunna spara i Microsoft 365.",
  "Sign in again so Svara can save to Microsoft 365.",
);
const NOT_FOUND = meaning(
  "graph-not-found",
  false,
  "Det finns inte längre i Microsoft 365 (kanske raderat eller flyttat).",
  "It no longer exists in Microsoft 365 (perhaps deleted or moved).",
);
// Not retried blindly: the caller that can merge (process documents, mail links) handles it
// itself; anywhere else the same request would clash forever, so the recruiter decides.
const CONFLICT = meaning(
  "graph-conflict",
  false,
  "Någon annan ändrade samma sak samtidigt. Försök igen så utgår Svara från det senaste.",
  "Someone else changed the same thing at the same time. Try again and Svara starts from the latest.",
);
const THROTTLED = meaning(
  "graph-throttled",
  true,
  "Microsoft 365 är upptaget just nu. Dina ändringar är sparade och skickas strax.",
  "Microsoft 365 is busy right now. Your changes are saved and will be sent shortly.",
);
const SECTION_FULL = meaning(
  "onenote-section-full",
  false,
  "OneNote-avsnittet är fullt. Svara behöver ett nytt avsnitt för processen.",
  "The OneNote section is full. Svara needs a new section for the process.",
);
const SERVER_ERROR = meaning(
  "graph-server-error",
  true,
  "Microsoft 365 svarade med ett fel. Försök igen om en stund.",
  "Microsoft 365 answered with an error. Try again in a while.",
);
const REJECTED = meaning(
  "graph-request-rejected",
  false,
  "Microsoft 365 godtog inte ändringen. Kontakta support om det händer igen.",
  "Microsoft 365 did not accept the change. Contact support if it happens again.",
);

/** Every status but 403, whose words name the missing permission (forbidden, below). */
function meaningOf(status: number): StatusMeaning {
  if (status === 401) return AUTH_NEEDED;
  if (status === 404) return NOT_FOUND;
  if (status === 409 || status === 412) return CONFLICT;
  if (RETRYABLE_STATUSES.has(status)) return THROTTLED;
  if (status === 507) return SECTION_FULL;
  return status >= 500 ? SERVER_ERROR : REJECTED;
}

/** Map a non-2xx Graph response to an error value. Only Graph's code goes into `cause`, never the
 * body: bodies carry candidates' mails and names. */
export function graphErrorFromResponse(
  status: number,
  body: unknown,
  headers: HeaderLookup,
  nowMs: number,
): GraphAppError {
  const requestId = headers.get("request-id") ?? undefined;
  const base = {
    status,
    cause: { status, graphCode: graphCode(body), requestId },
    ...(requestId ? { requestId } : {}),
  };
  if (status === 403) return forbidden(graphMessage(body).match(SCOPE)?.[0], base);

  const { code, sv, en, retryable } = meaningOf(status);
  const retryAfterMs =
    code === "graph-throttled" ? parseRetryAfter(headers.get("retry-after"), nowMs) : undefined;
  return graphAppError(code, sv, en, {
    ...base,
    retryable,
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
  });
}

function forbidden(missingPermission: string | undefined, base: Partial<GraphAppError>): GraphAppError {
  return graphAppError(
    "graph-forbidden",
    missingPermission
      ? `Svara saknar behörigheten ${missingPermission}. Be din administratör godkänna den.`
      : "Microsoft 365 nekade åtkomst. Be din administratör kontrollera Svaras behörigheter.",
    missingPermission
      ? `Svara lacks the ${missingPermission} permission. Ask your administrator to grant it.`
      : "Microsoft 365 denied access. Ask your administrator to check Svara's permissions.",
    { ...base, retryable: false, ...(missingPermission ? { missingPermission } : {}) },
  );
}

export function offlineError(cause: unknown): GraphAppError {
  return graphAppError(
    "graph-offline",
    "Ingen kontakt med Microsoft 365. Dina ändringar är sparade och skickas när nätet är tillbaka.",
    "No connection to Microsoft 365. Your changes are saved and will be sent when the network is back.",
    {
      cause: describeFailure(cause),
      retryable: true,
    },
  );
}

export function foreignUrlError(url: string): GraphAppError {
  return graphAppError(
    "graph-foreign-url",
    "Svara vägrade skicka en förfrågan utanför Microsoft Graph.",
    "Svara refused to send a request outside Microsoft Graph.",
    { cause: { host: safeHost(url) }, retryable: false },
  );
}

const safeHost = (url: string): string => {
  try {
    return new URL(url).host;
  } catch {
    return "invalid url";
  }
};

function graphAppError(
  code: GraphErrorCode,
  sv: string,
  en: string,
  extra: Partial<GraphAppError>,
): GraphAppError {
  return { code, message: { sv, en }, ...extra };
}

/** Name and message of what fetch threw; DOMExceptions (timeouts, aborts) are not always
 * `instanceof Error` across realms, so this goes by shape. */
function describeFailure(cause: unknown): { name: string; message: string } | string {
  if (cause && typeof cause === "object" && "name" in cause) {
    const { name, message } = cause as { name: unknown; message?: unknown };
    return { name: String(name), message: typeof message === "string" ? message : "" };
  }
  return String(cause);
}
