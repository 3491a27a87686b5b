/** The demo seed's "now" in every browser test: a Tuesday morning in Stockholm. */
export const E2E_NOW = "2026-11-24T08:00:00.000Z";
