// Every UI word, in Swedish and English: the pane's own catalogue plus one file per dashboard
// feature. Keys are unique across files (the test checks it), so a spread never hides a word.
// The pane's first paint holds only its own words, the overview's (its bar names the views) and
// the next step's; the other features' words come with the lazy chunks that show them
// (laterFeatures.ts). Their types are imported here as types only, so every key stays checked.
import type { Language } from "../domain/result";
import type * as agenda from "./features/agenda";
import type * as bulk from "./features/bulk";
import type * as dashboard from "./features/dashboard";
import type * as erasure from "./features/erasure";
import type * as feedback from "./features/feedback";
import * as nextstep from "./features/nextstep";
import * as overview from "./features/overview";
import type * as pipeline from "./features/pipeline";
import type * as processes from "./features/processes";
import type * as report from "./features/report";
import type * as subjectAccess from "./features/subjectAccess";
import type * as templates from "./features/templates";
import { en as paneEn } from "./messages.en";
import { sv as paneSv } from "./messages.sv";

type Words = typeof paneSv &
  typeof overview.sv &
  typeof pipeline.sv &
  typeof agenda.sv &
  typeof report.sv &
  typeof bulk.sv &
  typeof dashboard.sv &
  typeof nextstep.sv &
  typeof templates.sv &
  typeof processes.sv &
  typeof erasure.sv &
  typeof feedback.sv &
  typeof subjectAccess.sv;

export type MessageKey = keyof Words;

/** One feature's words: its English has every Swedish key (each feature file's type says so). */
export interface FeatureWords {
  readonly sv: Readonly<Record<string, string>>;
  readonly en: Readonly<Record<string, string>>;
}

/** The first paint's features; the others are in LATER_FEATURES (laterFeatures.ts). */
export const FIRST_PAINT_FEATURES = { overview, nextstep } as const;

const sv: Record<string, string> = { ...paneSv, ...overview.sv, ...nextstep.sv };
const en: Record<string, string> = { ...paneEn, ...overview.en, ...nextstep.en };

/** Filled in as features register: a translator reads it at each call, so a view's words are
 * there once its chunk has loaded (it registers them before it renders). */
export const CATALOGUES = { sv, en } as unknown as Readonly<
  Record<Language, Readonly<Record<MessageKey, string>>>
>;
export const PANE_CATALOGUES = { sv: paneSv, en: paneEn } as const;

/** Adds a feature's words (again is harmless: the same words). */
export function registerWords(feature: FeatureWords): void {
  Object.assign(sv, feature.sv);
  Object.assign(en, feature.en);
}
