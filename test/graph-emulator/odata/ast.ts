// The $filter syntax tree: what the parser builds and the evaluator walks.
export type CompareOp = "eq" | "ne" | "gt" | "ge" | "lt" | "le";

export type Literal = string | number | boolean | null;

export type FilterExpr =
  | { kind: "and" | "or"; left: FilterExpr; right: FilterExpr }
  | { kind: "not"; expr: FilterExpr }
  | { kind: "compare"; op: CompareOp; left: FilterExpr; right: FilterExpr }
  | { kind: "call"; name: string; args: FilterExpr[] }
  | {
      kind: "lambda";
      quantifier: "any" | "all";
      path: string[];
      variable: string | null;
      body: FilterExpr | null;
    }
  | { kind: "path"; segments: string[] }
  | { kind: "literal"; value: Literal };
