// Answers that come back 200 but are not what Graph promises: a proxy's or captive portal's HTML
// page, `{}`, an empty body, JSON cut off mid-way, and a listing whose nextLink points to itself
// (the "malformed" fault). Only successful answers are bent: an error stays the error it was.
import type { Res } from "./router";

export type MalformedAs = "html" | "empty-object" | "empty" | "truncated" | "self-link";

const PORTAL =
  "<!DOCTYPE html><html><head><title>Gästnätverk</title></head>" +
  "<body><h1>Logga in för att fortsätta</h1><form action='/login'></form></body></html>";

/** `requestUrl`: the absolute URL the client asked for, the self-link's target. */
export function malformed(result: Res, as: MalformedAs, requestUrl: string): Res {
  if (result.status < 200 || result.status >= 300 || result.status === 204) return result;
  const headers = { ...result.headers };
  delete headers["Content-Type"];
  switch (as) {
    case "html":
      return {
        status: 200,
        headers: { ...headers, "Content-Type": "text/html; charset=utf-8" },
        raw: PORTAL,
      };
    case "empty-object":
      return { status: result.status, headers, body: {} };
    case "empty":
      return { status: result.status, headers: { ...headers, "Content-Type": "text/html" }, raw: "" };
    case "truncated": {
      const whole = result.raw !== undefined ? String(result.raw) : JSON.stringify(result.body ?? {});
      const type =
        result.raw !== undefined ? (result.headers?.["Content-Type"] ?? "text/html") : "application/json";
      return {
        status: result.status,
        headers: { ...headers, "Content-Type": type },
        raw: whole.slice(0, Math.floor(whole.length / 2)),
      };
    }
    case "self-link":
      if (typeof result.body !== "object" || result.body === null) return result;
      return { ...result, body: { ...(result.body as object), "@odata.nextLink": requestUrl } };
  }
}
