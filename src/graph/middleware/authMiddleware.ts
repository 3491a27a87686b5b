import type { Context, Middleware } from "@microsoft/microsoft-graph-client";
import type { TokenProvider, TokenRequest } from "../../auth/tokenProvider";
import { fail, headersOf, requestStateOf } from "../requestState";

/** Puts a fresh bearer token on every try (a retry after a long Retry-After may outlive the last
 * one). The token goes into the header and nowhere else. When Graph refuses it (401: expired or
 * revoked early, the cache cannot know) it asks once for a new one and sends again; a 401 means
 * the request was not carried out, so this is safe even for a create. */
export class AuthMiddleware implements Middleware {
  private next?: Middleware;

  constructor(private readonly tokens: TokenProvider) {}

  async execute(context: Context): Promise<void> {
    const allowSignIn = requestStateOf(context)?.allowSignIn;
    await this.sendWith(context, allowSignIn === undefined ? undefined : { allowSignIn });
    if (context.response?.status !== 401) return;
    await context.response.arrayBuffer().catch(() => undefined);
    context.response = undefined;
    await this.sendWith(context, {
      forceRefresh: true,
      ...(allowSignIn === undefined ? {} : { allowSignIn }),
    });
  }

  private async sendWith(context: Context, request: TokenRequest | undefined): Promise<void> {
    const token = await this.tokens.getToken(request);
    if (!token.ok) fail(context, token.error);
    headersOf(context).set("Authorization", `Bearer ${token.value}`);
    await this.next!.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}
