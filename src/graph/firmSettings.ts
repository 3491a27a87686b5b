// The firm's retention rule (FirmSettingsPort): one JSON document beside the processes,
// `approot:/settings.json`, which every recruiter's device reads — the firm's setting, not her
// roaming preferences. Read and written as adapters-support/appFolderJson.ts says.
import { firmSettingsToJson, parseFirmSettings, type FirmSettings } from "../domain";
import { appError, err, ok, type Result } from "../domain/result";
import type { FetchLike } from "./middleware/fetchTransport";
import type { GraphHttp } from "./graphHttp";
import type { FirmSettingsPort, StoredFirmSettings } from "./ports";
import { appFolderJson } from "./adapters-support/appFolderJson";

const FIRM_SETTINGS_FILE = "settings.json";

export function createFirmSettingsDocument(http: GraphHttp, download?: FetchLike): FirmSettingsPort {
  const doc = appFolderJson(http, FIRM_SETTINGS_FILE, missing, download);

  async function read(): Promise<Result<StoredFirmSettings | null>> {
    const stored = await doc.read();
    // No document yet: the firm keeps the defaults until someone saves.
    if (!stored.ok || stored.value === null) return stored as Result<null>;
    const parsed = parseFirmSettings(stored.value.json);
    return parsed.ok ? ok({ firm: parsed.value, etag: stored.value.etag }) : parsed;
  }

  async function write(firm: FirmSettings, etag: string | null): Promise<Result<StoredFirmSettings>> {
    const put = await doc.write(firmSettingsToJson(firm), etag);
    if (put.ok) return ok({ firm, etag: put.value });
    const e = put.error;
    // The executor reads again and re-applies the change: its own lost write then changes nothing.
    if ("status" in e && (e.status === 412 || e.status === 409)) return err({ ...e, code: "conflict" });
    return err(e);
  }

  return { read, write };
}

function missing(what: string) {
  return appError(
    "graph-missing-etag",
    "OneDrive svarade utan inställningsfilens version. Svara läser om den.",
    "OneDrive answered without the settings file's version. Svara reads it again.",
    { cause: { missing: what }, retryable: true },
  );
}
