// A recursive-descent parser for the part of OData $filter Graph's Outlook, To Do and OneNote
// workloads accept: or < and < not < comparison < primary (paths, literals, calls, any/all lambdas).
import { badRequest } from "../errors";
import type { CompareOp, FilterExpr } from "./ast";
import { tokenize, type Token } from "./lexer";

const COMPARE_OPS = new Set<string>(["eq", "ne", "gt", "ge", "lt", "le"]);
const FUNCTIONS = new Set<string>(["startswith", "endswith", "contains"]);

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.i]!;
  }
  private next(): Token {
    return this.tokens[this.i++]!;
  }
  private isKeyword(word: string): boolean {
    const t = this.peek();
    return t.type === "ident" && t.text.toLowerCase() === word;
  }
  private expectPunct(p: string): void {
    const t = this.next();
    if (t.type !== "punct" || t.text !== p) {
      throw badRequest(`Invalid filter clause: expected '${p}' at ${t.pos}.`);
    }
  }

  parseAll(): FilterExpr {
    const e = this.parseOr();
    const t = this.peek();
    if (t.type !== "end") throw badRequest(`Invalid filter clause: unexpected '${t.text}' at ${t.pos}.`);
    return e;
  }

  parseOr(): FilterExpr {
    let left = this.parseAnd();
    while (this.isKeyword("or")) {
      this.next();
      left = { kind: "or", left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(): FilterExpr {
    let left = this.parseNot();
    while (this.isKeyword("and")) {
      this.next();
      left = { kind: "and", left, right: this.parseNot() };
    }
    return left;
  }

  private parseNot(): FilterExpr {
    if (this.isKeyword("not")) {
      this.next();
      return { kind: "not", expr: this.parseNot() };
    }
    return this.parseComparison();
  }

  private parseComparison(): FilterExpr {
    const left = this.parsePrimary();
    const t = this.peek();
    if (t.type === "ident" && COMPARE_OPS.has(t.text.toLowerCase())) {
      this.next();
      const right = this.parsePrimary();
      return { kind: "compare", op: t.text.toLowerCase() as CompareOp, left, right };
    }
    return left;
  }

  private parsePrimary(): FilterExpr {
    const t = this.next();
    switch (t.type) {
      case "string":
        return { kind: "literal", value: t.text };
      case "number":
        return { kind: "literal", value: Number(t.text) };
      case "datetime":
        return { kind: "literal", value: t.text };
      case "punct":
        if (t.text === "(") {
          const inner = this.parseOr();
          this.expectPunct(")");
          return inner;
        }
        throw badRequest(`Invalid filter clause: unexpected '${t.text}' at ${t.pos}.`);
      case "ident":
        return this.parseIdentifier(t);
      default:
        throw badRequest("Invalid filter clause: unexpected end of expression.");
    }
  }

  private parseIdentifier(t: Token): FilterExpr {
    const word = t.text.toLowerCase();
    if (word === "true" || word === "false") return { kind: "literal", value: word === "true" };
    if (word === "null") return { kind: "literal", value: null };
    const after = this.peek();
    if (after.type === "punct" && after.text === "(") {
      if (!FUNCTIONS.has(word)) {
        throw badRequest(`Invalid filter clause: the function '${t.text}' is not supported.`);
      }
      this.next();
      const args: FilterExpr[] = [this.parseOr()];
      while (this.peek().type === "punct" && this.peek().text === ",") {
        this.next();
        args.push(this.parseOr());
      }
      this.expectPunct(")");
      return { kind: "call", name: word, args };
    }
    const segments = [t.text];
    while (this.peek().type === "punct" && this.peek().text === "/") {
      this.next();
      const seg = this.next();
      if (seg.type !== "ident") throw badRequest(`Invalid filter clause: expected a property at ${seg.pos}.`);
      const q = seg.text.toLowerCase();
      const paren = this.peek();
      if ((q === "any" || q === "all") && paren.type === "punct" && paren.text === "(") {
        return this.parseLambda(q, segments);
      }
      segments.push(seg.text);
    }
    return { kind: "path", segments };
  }

  private parseLambda(quantifier: "any" | "all", path: string[]): FilterExpr {
    this.expectPunct("(");
    if (this.peek().type === "punct" && this.peek().text === ")") {
      this.next();
      if (quantifier === "all") throw badRequest("Invalid filter clause: all() needs a lambda.");
      return { kind: "lambda", quantifier, path, variable: null, body: null };
    }
    const v = this.next();
    if (v.type !== "ident")
      throw badRequest(`Invalid filter clause: expected a lambda variable at ${v.pos}.`);
    this.expectPunct(":");
    const body = this.parseOr();
    this.expectPunct(")");
    return { kind: "lambda", quantifier, path, variable: v.text, body };
  }
}

export function parseFilter(input: string): FilterExpr {
  if (input.trim() === "") throw badRequest("Invalid filter clause: the expression is empty.");
  return new Parser(tokenize(input)).parseAll();
}
