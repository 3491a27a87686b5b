import { Tally, type CheckResult } from "../manifest/problem";
import type { Manifest } from "./packageFiles";

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
/** semver.org's grammar: no leading zeros, optional pre-release and build parts. */
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/;

export interface IdentityOptions {
  /** package.json's version, which the package must carry (one version for the whole product). */
  version?: string;
}

/**
 * The id is a GUID (Teams keys installs and updates on it, so it never changes) and the version is
 * semver: the schema only says "a string of at most 256 characters" for the version, and Teams
 * refuses an update whose version does not parse or does not go up.
 */
export function checkTeamsIdentity(manifest: Manifest, options: IdentityOptions = {}): CheckResult {
  const tally = new Tally("identity");
  const id = String(manifest.id ?? "");
  tally.expect(GUID.test(id), `id "${id}" is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)`);
  const version = String(manifest.version ?? "");
  tally.expect(SEMVER.test(version), `version "${version}" is not semver (major.minor.patch)`);
  if (options.version !== undefined) {
    tally.expect(
      version === options.version,
      `version "${version}" is not package.json's "${options.version}"`,
    );
  }
  return tally.result();
}
