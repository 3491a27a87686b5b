// Small helpers for talking to the emulator over real HTTP in tests.
import type { RunningEmulator } from "../../graph-emulator";

const TOKEN = "test-token";

export interface Answer<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
}

export async function call<T = Record<string, unknown>>(
  emu: RunningEmulator,
  method: string,
  path: string,
  options: {
    body?: unknown;
    headers?: Record<string, string>;
    token?: string | null;
    raw?: string | Blob;
  } = {},
): Promise<Answer<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token !== null) headers["Authorization"] = `Bearer ${options.token ?? TOKEN}`;
  let body: string | Blob | undefined;
  if (options.raw !== undefined) body = options.raw;
  else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers["Content-Type"] ??= "application/json";
  }
  const url = path.startsWith("http") ? path : `${emu.url}${path}`;
  const res = await fetch(url, { method, headers, body });
  const text = await res.text();
  let parsed: unknown = text;
  if ((res.headers.get("content-type") ?? "").includes("json") && text !== "") parsed = JSON.parse(text);
  return { status: res.status, headers: res.headers, body: parsed as T };
}

export const get = <T = Record<string, unknown>>(
  emu: RunningEmulator,
  path: string,
  headers?: Record<string, string>,
) => call<T>(emu, "GET", path, { headers });

export type Json = Record<string, unknown>;

/** Follows @odata.nextLink to the end; answers every item and the number of pages. */
export async function walk(emu: RunningEmulator, path: string): Promise<{ items: Json[]; pages: number }> {
  const items: Json[] = [];
  let next: string | undefined = path;
  let pages = 0;
  while (next) {
    const r: Answer<{ value: Json[]; "@odata.nextLink"?: string }> = await get(emu, next);
    if (r.status !== 200) throw new Error(`paging failed with ${r.status}: ${JSON.stringify(r.body)}`);
    items.push(...r.body.value);
    next = r.body["@odata.nextLink"];
    pages++;
  }
  return { items, pages };
}

export const enc = encodeURIComponent;
