import { appError, err, ok, type Result } from "../domain/result";

/** How Svara reaches Microsoft 365: the app registration and where Graph lives. */
export interface AuthConfig {
  /** The Entra app registration's client id. */
  readonly clientId: string;
  /** e.g. https://login.microsoftonline.com/common or …/organizations or a tenant id. */
  readonly authority: string;
  /** https://graph.microsoft.com/v1.0, or the emulator's url + /v1.0 locally. */
  readonly graphBaseUrl: string;
  /** brk-multihub://<host> under nested app auth; the pane's own https origin for the popup. */
  readonly redirectUri: string;
}

export type RawAuthConfig = { readonly [K in keyof AuthConfig]?: unknown };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

// A misconfigured deployment is found at start, with the field named, instead of as an opaque
// MSAL error the first time a recruiter clicks something.
export function validateAuthConfig(raw: RawAuthConfig): Result<AuthConfig> {
  const clientId = text(raw.clientId);
  if (!GUID.test(clientId)) {
    return invalid("clientId", "klient-id:t är inte ett GUID", "the client id is not a GUID", raw.clientId);
  }
  const authority = parseUrl(raw.authority);
  if (!authority || authority.protocol !== "https:") {
    return invalid(
      "authority",
      "inloggningsadressen måste vara en https-adress",
      "the authority must be an https URL",
      raw.authority,
    );
  }
  const graph = parseUrl(raw.graphBaseUrl);
  if (!graph || !isSecureOrLocal(graph)) {
    return invalid(
      "graphBaseUrl",
      "Graph-adressen måste vara https (eller http på den egna datorn)",
      "the Graph base URL must be https (or http on this machine)",
      raw.graphBaseUrl,
    );
  }
  const redirect = parseUrl(raw.redirectUri);
  if (!redirect || !(redirect.protocol === "brk-multihub:" || isSecureOrLocal(redirect))) {
    return invalid(
      "redirectUri",
      "omdirigeringsadressen måste vara https eller brk-multihub://",
      "the redirect URI must be https or brk-multihub://",
      raw.redirectUri,
    );
  }
  return ok({
    clientId,
    authority: stripTrailingSlash(text(raw.authority)),
    graphBaseUrl: stripTrailingSlash(text(raw.graphBaseUrl)),
    redirectUri: text(raw.redirectUri),
  });
}

const text = (v: unknown): string => (typeof v === "string" ? v.trim() : "");
const stripTrailingSlash = (s: string): string => s.replace(/\/+$/, "");

function parseUrl(v: unknown): URL | undefined {
  try {
    return new URL(text(v));
  } catch {
    return undefined;
  }
}

function isSecureOrLocal(url: URL): boolean {
  return url.protocol === "https:" || (url.protocol === "http:" && LOCAL_HOSTS.has(url.hostname));
}

function invalid(field: keyof AuthConfig, sv: string, en: string, value: unknown): Result<never> {
  return err(
    appError(
      "auth-config-invalid",
      `Svara är felkonfigurerat: ${sv}. Kontakta den som installerade tillägget.`,
      `Svara is misconfigured: ${en}. Contact whoever installed the add-in.`,
      { field, cause: { field, value }, retryable: false },
    ),
  );
}
