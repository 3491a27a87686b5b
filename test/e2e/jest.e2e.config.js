// Browser tests: the workbench build in headless Debian chromium, against the Graph emulator.
/** @type {import('jest').Config} */
const base = require("../../jest.config.js");

module.exports = {
  ...base,
  rootDir: "../..",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["<rootDir>/test/e2e/**/*.e2e.ts"],
  globalSetup: "<rootDir>/test/e2e/support/globalSetup.ts",
  globalTeardown: "<rootDir>/test/e2e/support/globalTeardown.ts",
  coverageThreshold: undefined,
  collectCoverageFrom: undefined,
  testTimeout: 60000,
};
