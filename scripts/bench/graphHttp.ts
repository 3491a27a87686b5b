import { createDevTokenProvider } from "../../src/auth/tokenProvider";
import { createGraphClient } from "../../src/graph/client";
import { createGraphHttp, type GraphHttp } from "../../src/graph/graphHttp";

/** The production Graph path (our middleware chain, dev token) against the emulator's url. */
export function benchGraph(baseUrl: string): GraphHttp {
  const client = createGraphClient({ baseUrl, tokens: createDevTokenProvider() });
  if (!client.ok) throw new Error(`bench: ${client.error.code}`);
  return createGraphHttp(client.value);
}
