import { Tally, type CheckResult } from "../manifest/problem";
import type { Manifest } from "./packageFiles";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);
const PLACEHOLDER_ID = "00000000-0000-0000-0000-000000000000";

export interface TeamsUrlOptions {
  /** Where the pages are served: the dev URL for the template, SVARA_PUBLIC_URL for a release. */
  publicUrl: string;
}

/** Every http(s) URL in the manifest with where it is, e.g. `staticTabs[0].contentUrl`. */
export function collectUrls(value: unknown, at = ""): { url: string; where: string }[] {
  if (typeof value === "string") return /^https?:\/\//i.test(value) ? [{ url: value, where: at }] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => collectUrls(v, `${at}[${i}]`));
  if (!value || typeof value !== "object") return [];
  return (
    Object.entries(value)
      // The schema's address is never loaded; validDomains holds hosts, checked on their own.
      .filter(([key]) => key !== "$schema" && !(at === "" && key === "validDomains"))
      .flatMap(([key, v]) => collectUrls(v, at ? `${at}.${key}` : key))
  );
}

/** `*.example.com` covers sub.example.com; anything else must be the URL's host (with port) exactly. */
function listed(host: string, domains: readonly string[]): boolean {
  return domains.some((d) =>
    d.startsWith("*.") ? host.endsWith(d.slice(1)) && host.length > d.length - 1 : d === host,
  );
}

const hostnameOf = (hostWithPort: string): string => hostWithPort.replace(/:\d+$/, "");

/**
 * What the schema cannot say: every URL is https and on a host validDomains lists (Teams refuses to
 * navigate anywhere else), the tab's pages are under the public URL, the tab tells the page it is in
 * Teams (`?host=teams`, read by src/host/dashboardHost.ts before TeamsJS loads), a release points at
 * no localhost, and single sign-on's resource is the app registration's `api://{host}/{clientId}`.
 */
export function checkTeamsUrls(manifest: Manifest, options: TeamsUrlOptions): CheckResult {
  const tally = new Tally("url");
  const base = new URL(options.publicUrl.replace(/\/+$/, ""));
  const release = !LOCAL_HOSTS.has(base.hostname);
  const domains = Array.isArray(manifest.validDomains) ? manifest.validDomains.map(String) : [];

  for (const d of domains) {
    tally.expect(!/[/\s]/.test(d), `validDomains: "${d}" must be a host (no scheme, no path)`);
    if (release) tally.expect(!LOCAL_HOSTS.has(hostnameOf(d)), `validDomains: "${d}" is local in a release`);
  }
  for (const { url, where } of collectUrls(manifest)) {
    const parsed = URL.canParse(url) ? new URL(url) : undefined;
    if (!tally.expect(parsed !== undefined, `${where}: "${url}" is not an absolute URL`)) continue;
    tally.expect(parsed!.protocol === "https:", `${where}: ${url} must use https://`);
    tally.expect(listed(parsed!.host, domains), `${where}: ${parsed!.host} is not in validDomains`);
    if (release) {
      tally.expect(!LOCAL_HOSTS.has(parsed!.hostname), `${where}: ${url} points at localhost in a release`);
    }
  }

  const tabs = Array.isArray(manifest.staticTabs) ? (manifest.staticTabs as Record<string, unknown>[]) : [];
  tabs.forEach((tab, i) => {
    for (const key of ["contentUrl", "websiteUrl"]) {
      const url = tab[key];
      if (url === undefined) continue;
      tally.expect(
        String(url).startsWith(`${base.origin}${base.pathname.replace(/\/$/, "")}/`),
        `staticTabs[${i}].${key}: ${String(url)} is not under the public URL ${options.publicUrl}`,
      );
    }
    const content = URL.canParse(String(tab.contentUrl)) ? new URL(String(tab.contentUrl)) : undefined;
    tally.expect(
      content?.searchParams.get("host") === "teams",
      `staticTabs[${i}].contentUrl must say ?host=teams: the page decides it is in Teams before loading TeamsJS`,
    );
  });

  const sso = manifest.webApplicationInfo;
  if (sso) {
    const expected = `api://${base.host}/${sso.id ?? ""}`;
    tally.expect(
      sso.resource === expected,
      `webApplicationInfo.resource "${sso.resource ?? ""}" must be the Application ID URI ${expected}`,
    );
    if (release) {
      tally.expect(
        sso.id !== PLACEHOLDER_ID,
        "webApplicationInfo.id is the template's placeholder; build with SVARA_CLIENT_ID set",
      );
    }
  }
  return tally.result();
}
