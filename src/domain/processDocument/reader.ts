// Reading a JSON value field by field, collecting what cannot be read as errors and what was
// repaired as warnings, so the parser can report every problem at once instead of the first.

import { appError, type AppError } from "../result";
import { ID_PATTERN } from "../validation";

export type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
export const isInstant = (v: unknown): v is string =>
  typeof v === "string" && /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v));

export class Reader {
  readonly errors: AppError[] = [];
  readonly warnings: AppError[] = [];

  fail(path: string, sv: string, en: string): void {
    this.errors.push(appError("invalid-document-field", `${path}: ${sv}`, `${path}: ${en}`, { field: path }));
  }

  warn(path: string, sv: string, en: string): void {
    this.warnings.push(
      appError("repaired-document-field", `${path}: ${sv}`, `${path}: ${en}`, { field: path }),
    );
  }

  id(o: Obj, key: string, path: string): string {
    const v = o[key];
    if (typeof v === "string" && ID_PATTERN.test(v)) return v;
    this.fail(`${path}.${key}`, "saknas eller är inget giltigt id", "missing or not a valid id");
    return "";
  }

  text(o: Obj, key: string, path: string, required: boolean): string {
    const v = o[key];
    if (typeof v === "string") return v;
    if (required) this.fail(`${path}.${key}`, "text saknas", "text missing");
    else if (v !== undefined && v !== null)
      this.warn(`${path}.${key}`, "ingen text, ignoreras", "not text, ignored");
    return "";
  }

  instant(o: Obj, key: string, path: string): string {
    const v = o[key];
    if (isInstant(v)) return new Date(Date.parse(v)).toISOString();
    this.fail(`${path}.${key}`, "tidpunkt saknas eller är ogiltig", "time missing or invalid");
    return "";
  }

  optionalInstant(o: Obj, key: string, path: string): string | null {
    const v = o[key];
    if (v === null || v === undefined) return null;
    if (isInstant(v)) return new Date(Date.parse(v)).toISOString();
    this.warn(`${path}.${key}`, "ogiltig tidpunkt, ignoreras", "invalid time, ignored");
    return null;
  }

  optionalText(o: Obj, key: string, path: string): string | null {
    const v = o[key];
    if (v === null || v === undefined) return null;
    if (typeof v === "string") return v;
    this.warn(`${path}.${key}`, "ingen text, ignoreras", "not text, ignored");
    return null;
  }

  /**
   * Fields this version does not know are dropped when the document is written back, so they
   * are reported: a newer writer under the same schema would otherwise lose data unnoticed.
   */
  unknownKeys(o: Obj, known: readonly string[], path: string): void {
    for (const key of Object.keys(o)) {
      if (!known.includes(key)) {
        this.warn(
          path === "" ? key : `${path}.${key}`,
          "okänt fält, tas bort vid sparande",
          "unknown field, dropped on save",
        );
      }
    }
  }

  array(o: Obj, key: string, path: string): unknown[] {
    const v = o[key];
    if (Array.isArray(v)) return v;
    if (v !== undefined && v !== null)
      this.warn(`${path}.${key}`, "ingen lista, ignoreras", "not a list, ignored");
    return [];
  }
}
