/**
 * The demo seed's "now" in the browser tests: the real time at start. The pane reads the real
 * clock, so the seed must too; every figure the tests check is relative to it (waiting 3, 9, 12 days).
 */
export const E2E_NOW = new Date().toISOString();
