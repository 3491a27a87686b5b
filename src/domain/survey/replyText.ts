// What the candidate wrote in a reply, and nothing else: HTML turned into lines of text, the quoted
// original below (or interleaved as "> " lines) and the signature cut off. Pure text work: the
// pane's DOMPurify is not here, and nothing is rendered — the result is only read for numbers and
// shown as text.

const ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "–",
  mdash: "—",
  aring: "å",
  auml: "ä",
  ouml: "ö",
  Aring: "Å",
  Auml: "Ä",
  Ouml: "Ö",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code =
        name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : " ";
    }
    return ENTITIES[name] ?? whole;
  });
}

/** An HTML mail body as plain lines: blocks and <br> end lines, blockquotes become "> " lines (the
 * quoted original, dropped later), scripts, styles and comments go entirely. */
function htmlToText(html: string): string {
  let s = html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(script|style|head|title)\b[\s\S]*?<\/\1\s*>/gi, "")
    // Outlook on the web and Gmail put the quoted mail in these: everything in them is not hers.
    .replace(/<div[^>]*\b(id="(divRplyFwdMsg|appendonsend)"|class="gmail_quote[^"]*")[^>]*>[\s\S]*$/i, "");
  s = s.replace(
    /<blockquote\b[^>]*>([\s\S]*?)<\/blockquote\s*>/gi,
    (_, inner: string) =>
      `\n${htmlToText(inner)
        .split("\n")
        .map((l) => `> ${l}`)
        .join("\n")}\n`,
  );
  s = s
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<hr\b[^>]*>/gi, "\n________________\n")
    .replace(/<\/?(p|div|li|tr|h[1-6]|table|ul|ol)\b[^>]*>/gi, "\n")
    .replace(/<\/?(td|th)\b[^>]*>/gi, " ")
    .replace(/<[^>]*>/g, "");
  return decodeEntities(s)
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l) => l.replace(/[ \t\u00a0]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

// Where the quoted original starts: Outlook's header block and separator, the older "Original
// Message" line, Gmail's and Apple's "… wrote:" line.
const QUOTE_START = [
  /^(från|from|skickat|sent|datum|date)\s*:\s*\S/i,
  /^-{2,}\s*(original message|ursprungligt meddelande|originalmeddelande|forwarded message|vidarebefordrat meddelande)\s*-{2,}/i,
  /^_{8,}$/,
  /(wrote|skrev)\s*:\s*$/i,
  /^(on|den|am|le)\b.*\b(wrote|skrev)\b.*:\s*$/i,
];

// Where her signature starts: the "-- " delimiter, a sign-off alone on its line, a phone's footer.
const SIGNATURE_START = [
  /^--\s*$/,
  /^(mvh|m\.v\.h\.?|med vänlig(a)? hälsning(ar)?|vänliga hälsningar|vänlig hälsning|hälsningar|bästa hälsningar|best regards|kind regards|regards|best wishes|best|cheers|thanks|thank you|tack|tack igen|tack så mycket)[\s,.!]*$/i,
  /^(skickat från|sent from|hämta outlook|get outlook)\b/i,
];

/** Her own lines of a plain-text reply: "> " lines dropped wherever they are (an inline reply keeps
 * her answers between them), everything from the quoted original or her signature on cut off. */
export function ownReplyLines(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.trim();
    if (QUOTE_START.some((re) => re.test(line)) || SIGNATURE_START.some((re) => re.test(line))) break;
    if (line.startsWith(">")) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === "") out.pop();
  while (out.length > 0 && out[0] === "") out.shift();
  return out;
}

/** A mail body as Graph gives it (`body.contentType` text or html). */
export interface ReplyBody {
  readonly contentType: "text" | "html";
  readonly content: string;
}

export function replyPlainText(body: ReplyBody): string {
  return body.contentType === "html" ? htmlToText(body.content) : body.content;
}
