import type { Context, Middleware } from "@microsoft/microsoft-graph-client";
import type { TokenProvider } from "../../auth/tokenProvider";
import { fail, headersOf, requestStateOf } from "../requestState";

/** Puts a fresh bearer token on every try (a retry after a long Retry-After may outlive the last
 * one). The token goes into the header and nowhere else. */
export class AuthMiddleware implements Middleware {
  private next?: Middleware;

  constructor(private readonly tokens: TokenProvider) {}

  async execute(context: Context): Promise<void> {
    const allowSignIn = requestStateOf(context)?.allowSignIn;
    const token = await this.tokens.getToken(allowSignIn === undefined ? undefined : { allowSignIn });
    if (!token.ok) fail(context, token.error);
    headersOf(context).set("Authorization", `Bearer ${token.value}`);
    await this.next!.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}
