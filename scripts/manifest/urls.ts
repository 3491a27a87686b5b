import { Tally, type CheckResult } from "./problem";
import { describe, walk, type XmlElement } from "./xmlTree";

/** Hosts where plain http is tolerated (a developer's machine). Office itself still wants https. */
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);
const MAX_URL = 2048;

/** Elements whose DefaultValue / Override Value is a URL. */
const URL_ELEMENTS = new Set([
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "SourceLocation",
  "Image",
  "Url",
]);

/** Every URL in the manifest with the element that holds it. */
export function collectUrls(root: XmlElement): { url: string; where: string }[] {
  const found: { url: string; where: string }[] = [];
  for (const el of walk(root)) {
    if (el.name === "AppDomain") found.push({ url: el.text, where: `${describe(el)} at ${el.path}` });
    if (!URL_ELEMENTS.has(el.name)) continue;
    const where = `${describe(el)} at ${el.path}`;
    if (el.attrs.DefaultValue !== undefined) found.push({ url: el.attrs.DefaultValue, where });
    for (const o of el.children) {
      if (o.name === "Override" && o.attrs.Value !== undefined) {
        found.push({ url: o.attrs.Value, where: `${where} (Override ${o.attrs.Locale ?? ""})` });
      }
    }
  }
  return found;
}

export interface UrlOptions {
  /** A release manifest: no URL may point at localhost (SVARA_PUBLIC_URL was not set). */
  noLocalhost?: boolean;
}

/**
 * Every URL parses, is at most 2048 characters, and is https unless it points at localhost;
 * with `noLocalhost`, nothing may point at localhost at all.
 */
export function checkUrls(root: XmlElement, options: UrlOptions = {}): CheckResult {
  const tally = new Tally("url");
  for (const { url, where } of collectUrls(root)) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(url);
    } catch {
      parsed = undefined;
    }
    if (!tally.expect(parsed !== undefined, `${where}: "${url}" is not an absolute URL`)) continue;
    tally.expect(
      url.length <= MAX_URL,
      `${where}: URL is ${url.length} characters; at most ${MAX_URL} allowed`,
    );
    const local = LOCAL_HOSTS.has(parsed!.hostname);
    tally.expect(
      parsed!.protocol === "https:" || (parsed!.protocol === "http:" && local),
      `${where}: ${url} must use https:// (http:// is tolerated only for localhost)`,
    );
    if (options.noLocalhost) {
      tally.expect(!local, `${where}: ${url} points at localhost, which a release manifest must not`);
    }
  }
  return tally.result();
}
