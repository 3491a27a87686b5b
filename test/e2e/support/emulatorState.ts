// Reading the emulator's mailbox over Graph HTTP, as a test's independent witness of what the pane
// wrote to Microsoft 365 (never through Svara's own adapters).

const graph = () => process.env.E2E_GRAPH_URL!;

export async function graphGet<T = Record<string, unknown>>(path: string): Promise<T> {
  const response = await fetch(`${graph()}${path}`, { headers: { Authorization: "Bearer e2e-witness" } });
  if (!response.ok) throw new Error(`GET ${path} → ${response.status}`);
  return (await response.json()) as T;
}

async function driveJson(path: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${graph()}/me/drive/special/approot:/processes/${path}:/content`, {
    headers: { Authorization: "Bearer e2e-witness" },
    redirect: "follow",
  });
  if (!response.ok) throw new Error(`${path} → ${response.status}`);
  return (await response.json()) as Record<string, unknown>;
}

/**
 * A process as Microsoft 365 holds it, in one piece: a version 1 document as it is, a version 2
 * index (decision 0009) joined here with its log shards — each candidate's phone, LinkedIn and
 * contact log — read file by file, independently of Svara's own reader.
 */
export async function processDocument(processId: string): Promise<Record<string, unknown>> {
  const doc = await driveJson(`${processId}.json`);
  if (doc["schema"] !== "svara.process/2") return doc;
  const listed = await graphGet<{ value: { name: string }[] }>(
    "/me/drive/special/approot:/processes:/children?$top=999",
  );
  const entries: Record<string, Record<string, unknown>> = {};
  for (const { name } of listed.value.filter((f) => f.name.startsWith(`${processId}.log-`))) {
    const shard = await driveJson(name);
    Object.assign(entries, shard["candidates"] as Record<string, Record<string, unknown>>);
  }
  const candidates = (doc["candidates"] as Record<string, unknown>[]).map((c) => ({
    phone: null,
    linkedInUrl: null,
    rejection: null,
    retentionUntil: null,
    ...c,
    ...entries[String(c["id"])],
    contacts: (entries[String(c["id"])]?.["contacts"] as unknown[] | undefined) ?? [],
  }));
  return { ...doc, candidates };
}

export type DocCandidate = {
  id: string;
  name: string;
  stageId: string;
  phone: string | null;
  rejection: { reason: string; detail: string } | null;
  retentionUntil: string | null;
  contacts: Array<{ id: string; direction: string; channel: string; kind: string; summary: string }>;
};

export async function candidateInDocument(
  processId: string,
  name: string,
): Promise<DocCandidate | undefined> {
  const doc = await processDocument(processId);
  return (doc["candidates"] as DocCandidate[]).find((c) => c.name === name);
}

/** Polls until the check passes: sync is asynchronous by design (the outbox drains after "saved"). */
export async function eventually<T>(
  what: string,
  check: () => Promise<T | undefined | false>,
  timeoutMs = 30_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (e) {
      last = e;
    }
    if (Date.now() > until)
      throw new Error(`${what}: not within ${timeoutMs} ms${last ? `: ${String(last)}` : ""}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
