// Unit tests (pure logic, Office.js through office-addin-mock) and integration tests (real HTTP
// against the Graph emulator). Browser tests are not jest's: they live in test/e2e and run with
// `npm run test:e2e` in Debian's chromium.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["<rootDir>/test/unit/**/*.test.ts?(x)", "<rootDir>/test/integration/**/*.test.ts?(x)"],
  transform: {
    "^.+\\.(t|j)sx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", tsx: true },
          transform: { react: { runtime: "automatic" } },
          target: "es2022",
        },
        module: { type: "commonjs" },
      },
    ],
  },
  // office-addin-mock → office-addin-manifest → @microsoft/app-manifest pulls in strip-bom and uuid, which
  // ship ESM only; let swc turn it into CommonJS like our own files.
  transformIgnorePatterns: ["/node_modules/(?!(strip-bom|uuid)/)"],
  // webpack's DefinePlugin constants the code reads (webpack.config.js); tests run the workbench build.
  globals: { SVARA_WORKBENCH: true },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  collectCoverageFrom: ["src/domain/**/*.ts"],
  coverageReporters: ["text-summary", "lcov"],
  coverageThreshold: {
    "./src/domain/": { lines: 95 },
  },
  testTimeout: 20000,
};
