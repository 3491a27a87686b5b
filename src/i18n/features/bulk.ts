// The bulk view's words (issue 10). A file per feature keeps the catalogues small and lets each
// view's words be read together; catalogue.ts joins them, and the English must have every key.
export const sv = {} as const;

export const en: Record<keyof typeof sv, string> = {};
