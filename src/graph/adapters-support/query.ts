// Query strings for GraphHttp paths. The SDK passes query values through as written, so values are
// percent-encoded here ($filter values carry spaces, quotes and, in names, '&').
export function withQuery(
  path: string,
  params: Readonly<Record<string, string | number | undefined>>,
): string {
  const parts = Object.entries(params)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`);
  return parts.length === 0 ? path : `${path}${path.includes("?") ? "&" : "?"}${parts.join("&")}`;
}

/** An id inside a path segment. Graph ids are base64-ish ('/', '+', '=' occur in Outlook ids). */
export const seg = (id: string): string => encodeURIComponent(id);
