// The production path runs unchanged: Microsoft's Graph JS client (@microsoft/microsoft-graph-client)
// against the emulator — requests, PageIterator paging, its RetryHandler honouring Retry-After, and
// $batch. The client keeps Graph's real base URL (https://graph.microsoft.com); only the last hop is
// pointed at the emulator, and the emulator writes its links with Graph's host (links: "graph").
import {
  AuthenticationHandler,
  BatchRequestContent,
  BatchResponseContent,
  Client,
  HTTPMessageHandler,
  PageIterator,
  RedirectHandler,
  RetryHandler,
  RetryHandlerOptions,
  type Context,
  type Middleware,
} from "@microsoft/microsoft-graph-client";
import { startEmulator, type RunningEmulator } from "../../graph-emulator";

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ port: 0, seed: "demo", now: "2026-11-24T15:00:00Z", links: "graph" });
});
afterAll(() => emu.close());
afterEach(() => emu.faults.clear());

const GRAPH = "https://graph.microsoft.com";

/** The last hop: https://graph.microsoft.com/… → the emulator (what Dev Proxy does by interception). */
class ToEmulator implements Middleware {
  private next: Middleware | undefined;
  async execute(context: Context): Promise<void> {
    if (typeof context.request === "string" && context.request.startsWith(GRAPH)) {
      context.request = emu.origin + context.request.slice(GRAPH.length);
    }
    await this.next!.execute(context);
  }
  setNext(next: Middleware): void {
    this.next = next;
  }
}

function client(): Client {
  const chain: Middleware[] = [
    new AuthenticationHandler({ getAccessToken: () => Promise.resolve("emulator-token") }),
    new RetryHandler(new RetryHandlerOptions(0, 3)),
    new RedirectHandler(),
    new ToEmulator(),
    new HTTPMessageHandler(),
  ];
  chain.reduce((a, b) => {
    a.setNext!(b);
    return b;
  });
  return Client.initWithMiddleware({ middleware: chain[0]! });
}

it("knows the SDK attaches no token to a plain-http base URL, so the emulator answers 401", async () => {
  const plain = await startEmulator({ port: 0, seed: "empty" });
  try {
    const sdk = Client.init({
      baseUrl: plain.origin,
      customHosts: new Set(["127.0.0.1"]),
      authProvider: (done) => done(null, "token"),
    });
    await expect(sdk.api("/me").get()).rejects.toMatchObject({
      statusCode: 401,
      code: "InvalidAuthenticationToken",
    });
  } finally {
    await plain.close();
  }
});

it("reads /me and walks the inbox with the SDK's PageIterator", async () => {
  const c = client();
  const me = (await c.api("/me").select("displayName,mail").get()) as { displayName: string };
  expect(me.displayName).toBe("Maja Lind");
  const first = await c.api("/me/mailFolders/inbox/messages").select("subject").top(4).get();
  expect(String(first["@odata.nextLink"])).toMatch(/^https:\/\/graph\.microsoft\.com\/v1\.0\//);
  const seen: string[] = [];
  const pages = new PageIterator(c, first, (m: { id: string }) => {
    seen.push(m.id);
    return true;
  });
  await pages.iterate();
  const inbox = [...emu.state.messages.values()].filter(
    (m) => m["parentFolderId"] === emu.state.folderIdOf("inbox"),
  );
  expect(seen).toHaveLength(inbox.length);
  expect(new Set(seen).size).toBe(inbox.length);
});

it("lets the SDK's RetryHandler retry a 429 after Retry-After, costing one extra round trip", async () => {
  emu.requests.clear();
  emu.faults.throttle({ path: "/me", retryAfter: 0 });
  const me = (await client().api("/me").get()) as { mail: string };
  expect(me.mail).toBe("maja.lind@svara-demo.se");
  expect(emu.requests.all().map((r) => r.status)).toEqual([429, 200]);
});

it("downloads a process document through the 302 the SDK's RedirectHandler follows", async () => {
  const doc = (await client()
    .api("/me/drive/special/approot:/processes/p-nordbank-backend.json:/content")
    .responseType("json" as never)
    .get()) as { schema: string };
  expect(doc.schema).toBe("svara.process/1");
});

it("sends a $batch built with BatchRequestContent and reads each answer", async () => {
  const batch = new BatchRequestContent([
    { id: "1", request: new Request(`${GRAPH}/v1.0/me`, { method: "GET" }) },
    {
      id: "2",
      request: new Request(`${GRAPH}/v1.0/me/outlook/masterCategories`, { method: "GET" }),
      dependsOn: ["1"],
    },
  ]);
  const raw: unknown = await client()
    .api("/$batch")
    .post(await batch.getContent());
  const answers = new BatchResponseContent(raw as { responses: [] });
  expect(answers.getResponseById("1").status).toBe(200);
  const cats = (await answers.getResponseById("2").json()) as { value: unknown[] };
  expect(cats.value.length).toBeGreaterThan(2);
});
