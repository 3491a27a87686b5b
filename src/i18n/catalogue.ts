// Every UI word, in Swedish and English: the pane's own catalogue plus one file per dashboard
// feature. Keys are unique across files (the test checks it), so a spread never hides a word.
import type { Language } from "../domain/result";
import * as agenda from "./features/agenda";
import * as bulk from "./features/bulk";
import * as dashboard from "./features/dashboard";
import * as nextstep from "./features/nextstep";
import * as overview from "./features/overview";
import * as pipeline from "./features/pipeline";
import * as processes from "./features/processes";
import * as report from "./features/report";
import * as templates from "./features/templates";
import { en as paneEn } from "./messages.en";
import { sv as paneSv } from "./messages.sv";

export const FEATURES = {
  overview,
  pipeline,
  agenda,
  report,
  bulk,
  dashboard,
  nextstep,
  templates,
  processes,
} as const;

const sv = {
  ...paneSv,
  ...overview.sv,
  ...pipeline.sv,
  ...agenda.sv,
  ...report.sv,
  ...bulk.sv,
  ...dashboard.sv,
  ...nextstep.sv,
  ...templates.sv,
  ...processes.sv,
};

export type MessageKey = keyof typeof sv;

const en: Record<MessageKey, string> = {
  ...paneEn,
  ...overview.en,
  ...pipeline.en,
  ...agenda.en,
  ...report.en,
  ...bulk.en,
  ...dashboard.en,
  ...nextstep.en,
  ...templates.en,
  ...processes.en,
};

export const CATALOGUES: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = { sv, en };
export const PANE_CATALOGUES = { sv: paneSv, en: paneEn } as const;
