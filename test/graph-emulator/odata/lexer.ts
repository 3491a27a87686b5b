// Splits an OData $filter string into tokens. Unquoted date-times (2026-11-01T00:00:00Z) are one token.
import { badRequest } from "../errors";

export type Token =
  | { type: "ident"; text: string; pos: number }
  | { type: "string"; text: string; pos: number }
  | { type: "number"; text: string; pos: number }
  | { type: "datetime"; text: string; pos: number }
  | { type: "punct"; text: "(" | ")" | "," | "/" | ":"; pos: number }
  | { type: "end"; text: ""; pos: number };

const DATETIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?/;
const NUMBER = /^-?\d+(\.\d+)?/;
const IDENT = /^[A-Za-z_@$][A-Za-z0-9_.@$#-]*/;

export function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i]!;
    if (ch === " " || ch === "\t" || ch === "\n" || ch === "\r") {
      i++;
      continue;
    }
    if (ch === "(" || ch === ")" || ch === "," || ch === "/" || ch === ":") {
      tokens.push({ type: "punct", text: ch, pos: i });
      i++;
      continue;
    }
    if (ch === "'") {
      let text = "";
      let j = i + 1;
      for (;;) {
        if (j >= input.length) throw badRequest(`Invalid filter clause: unterminated string at ${i}.`);
        if (input[j] === "'") {
          if (input[j + 1] === "'") {
            text += "'";
            j += 2;
            continue;
          }
          break;
        }
        text += input[j];
        j++;
      }
      tokens.push({ type: "string", text, pos: i });
      i = j + 1;
      continue;
    }
    const rest = input.slice(i);
    const dt = DATETIME.exec(rest);
    if (dt && dt[0].length > 4) {
      tokens.push({ type: "datetime", text: dt[0], pos: i });
      i += dt[0].length;
      continue;
    }
    const num = NUMBER.exec(rest);
    if (num) {
      tokens.push({ type: "number", text: num[0], pos: i });
      i += num[0].length;
      continue;
    }
    const id = IDENT.exec(rest);
    if (id) {
      tokens.push({ type: "ident", text: id[0], pos: i });
      i += id[0].length;
      continue;
    }
    throw badRequest(`Invalid filter clause: unexpected character '${ch}' at ${i}.`);
  }
  tokens.push({ type: "end", text: "", pos: input.length });
  return tokens;
}
