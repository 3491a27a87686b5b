// Reading the emulator's mailbox over Graph HTTP, as a test's independent witness of what the pane
// wrote to Microsoft 365 (never through Svara's own adapters).

const graph = () => process.env.E2E_GRAPH_URL!;

export async function graphGet<T = Record<string, unknown>>(path: string): Promise<T> {
  const response = await fetch(`${graph()}${path}`, { headers: { Authorization: "Bearer e2e-witness" } });
  if (!response.ok) throw new Error(`GET ${path} → ${response.status}`);
  return (await response.json()) as T;
}

export async function processDocument(processId: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${graph()}/me/drive/special/approot:/processes/${processId}.json:/content`, {
    headers: { Authorization: "Bearer e2e-witness" },
    redirect: "follow",
  });
  if (!response.ok) throw new Error(`process ${processId} → ${response.status}`);
  return (await response.json()) as Record<string, unknown>;
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
  timeoutMs = 15_000,
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
