import { readFileSync } from "node:fs";
import path from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

/**
 * The Teams app package (teams/README.md): manifest.json, the two icons and the Swedish strings at
 * the zip's root. The template in teams/ points at the dev server; a build moves it to the public URL.
 */

/** The URL the templates are written for: the dev server (as in manifest.xml). */
export const DEV_URL = "https://localhost:3000";
export const PACKAGE_NAME = "svara-teams.zip";

/** Package path → repository path, for everything but manifest.json. */
export const PACKAGE_SOURCES: Readonly<Record<string, string>> = {
  "color.png": "assets/teams-color-192.png",
  "outline.png": "assets/teams-outline-32.png",
  "sv-SE.json": "teams/sv-SE.json",
};
export const TEMPLATE = "teams/manifest.json";

/** The files of a package by their path in it, as fflate zips and unzips them. */
export type PackageFiles = Record<string, Uint8Array>;

export type Manifest = Record<string, unknown> & {
  webApplicationInfo?: { id?: string; resource?: string };
  validDomains?: string[];
};

export interface ReleaseOptions {
  /** SVARA_PUBLIC_URL, without a trailing slash; the dev URL when unset. */
  publicUrl: string;
  /** The Entra app registration's client id (SVARA_CLIENT_ID); empty when unset. */
  clientId: string;
  /** package.json's version: one version for the whole product. */
  version: string;
}

const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;

function mapStrings(value: unknown, f: (s: string) => string): unknown {
  if (typeof value === "string") return f(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)]));
  }
  return value;
}

/**
 * The template moved to the public URL: every dev URL and the dev host in validDomains rewritten,
 * the version set, and single sign-on tied to the app registration. Without a client id the package
 * declares no webApplicationInfo rather than a made-up one (nested app auth needs none in the
 * manifest; an admin's consent in the Teams admin center does).
 */
export function releaseManifest(template: Manifest, options: ReleaseOptions): Manifest {
  const publicUrl = options.publicUrl.replace(/\/+$/, "");
  const devHost = new URL(DEV_URL).host;
  const host = new URL(publicUrl).host;
  const moved = mapStrings(template, (s) => s.split(DEV_URL).join(publicUrl)) as Manifest;
  const manifest: Manifest = {
    ...moved,
    version: options.version,
    validDomains: (moved.validDomains ?? []).map((d) => (d === devHost ? host : d)),
  };
  if (GUID.test(options.clientId)) {
    manifest.webApplicationInfo = {
      ...moved.webApplicationInfo,
      id: options.clientId,
      resource: `api://${host}/${options.clientId}`,
    };
  } else {
    delete manifest.webApplicationInfo;
  }
  return manifest;
}

/** The package as the template has it (dev URLs), read from the repository. */
export function templateFiles(rootDir: string): PackageFiles {
  const files: PackageFiles = { "manifest.json": readFileSync(path.join(rootDir, TEMPLATE)) };
  for (const [name, source] of Object.entries(PACKAGE_SOURCES)) {
    files[name] = readFileSync(path.join(rootDir, source));
  }
  return files;
}

/** The release package's files: the template's, with manifest.json moved to the public URL. */
function releaseFiles(rootDir: string, options: ReleaseOptions): PackageFiles {
  const files = templateFiles(rootDir);
  const template = JSON.parse(strFromU8(files["manifest.json"]!)) as Manifest;
  files["manifest.json"] = strToU8(`${JSON.stringify(releaseManifest(template, options), null, 2)}\n`);
  return files;
}

/** A fixed date in the zip, so the same sources make the same bytes. */
const ZIP_DATE = new Date("2020-01-01T00:00:00Z");

function zipPackage(files: PackageFiles): Uint8Array {
  return zipSync(files, { level: 9, mtime: ZIP_DATE });
}

export function unzipPackage(zip: Uint8Array): PackageFiles {
  return unzipSync(zip);
}

/** What webpack emits as teams/svara-teams.zip (webpack.config.js loads this file through tsx). */
export const buildTeamsPackage = (rootDir: string, options: ReleaseOptions): Uint8Array =>
  zipPackage(releaseFiles(rootDir, options));
