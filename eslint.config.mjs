// Lint is where the architecture's layer rules are enforced (ARCHITECTURE.md §1): dependencies
// point down only, and each outside API has exactly one layer allowed to touch it.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import importX from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import officeAddins from "eslint-plugin-office-addins";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import globals from "globals";

const layers = ["domain", "state", "sync", "graph", "auth", "host", "ui", "i18n"];
// The composition roots sit on top: each wires the layers for one runtime, and nothing imports them.
const roots = ["taskpane", "dashboard", "sendHandler", "workbench", "support"];
// What the task pane and the dashboard wire alike (the connection to Microsoft 365): below the roots
// that share it, above every layer.
const shared = ["app"];
const above = [...shared, ...roots];
const folders = [...layers, ...above];
// Which folders each folder may NOT import (everything above it, and its siblings' internals).
const forbidden = {
  domain: folders.filter((l) => l !== "domain"),
  i18n: folders.filter((l) => l !== "i18n" && l !== "domain"),
  host: ["state", "sync", "graph", "auth", "ui", ...above],
  auth: ["state", "sync", "graph", "host", "ui", ...above],
  graph: ["state", "sync", "host", "ui", ...above],
  sync: ["state", "host", "ui", ...above],
  state: ["ui", "graph", "auth", ...above],
  ui: ["sync", "graph", "auth", ...above],
  // The connection the pane and the dashboard share: every layer but the UI, no runtime.
  app: ["ui", ...roots],
  // The Outlook task pane: every layer and the shared connection, but not the other runtimes.
  taskpane: ["dashboard", "sendHandler", "workbench", "support"],
  // The dashboard page (Teams tab, browser, workbench): the same, for the full-width overview.
  dashboard: ["taskpane", "sendHandler", "workbench", "support"],
  // The OnMessageSend handler runs with no UI: no React, no stores.
  sendHandler: ["ui", "state", "app", "taskpane", "dashboard", "workbench", "support"],
  // The workbench stands in for Outlook: it talks to the pane only through host/'s protocol.
  workbench: folders.filter((l) => l !== "workbench" && l !== "host" && l !== "i18n"),
  // A static page: it imports nothing of ours.
  support: folders.filter((l) => l !== "support"),
};
const zones = Object.entries(forbidden).flatMap(([target, from]) =>
  from.map((f) => ({
    target: `./src/${target}`,
    from: `./src/${f}`,
    message: `src/${target} may not import src/${f} (ARCHITECTURE.md §1: dependencies point down only).`,
  })),
);

// Each outside SDK belongs to exactly one layer.
const owners = {
  "@microsoft/microsoft-graph-client": "graph",
  "@azure/msal-browser": "auth",
  "@microsoft/teams-js": "host",
};
const sdkRule = (dir) => {
  const banned = Object.entries(owners).filter(([, owner]) => owner !== dir);
  const msg = (owner) => `Only src/${owner}/ may import this SDK (ARCHITECTURE.md §1).`;
  return [
    "error",
    {
      paths: banned.map(([name, owner]) => ({ name, message: msg(owner) })),
      patterns: banned.map(([name, owner]) => ({ group: [`${name}/*`], message: msg(owner) })),
    },
  ];
};

export default tseslint.config(
  { ignores: ["dist/**", "coverage/**", "node_modules/**", "**/*.js", "!eslint.config.mjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "import-x": importX, "react-hooks": reactHooks, "office-addins": officeAddins },
    languageOptions: {
      parserOptions: { projectService: false },
    },
    settings: {
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "./tsconfig.json" })],
    },
    rules: {
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "import-x/no-restricted-paths": ["error", { zones }],
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "office-addins/no-office-initialize": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": ["error", { allow: ["warn", "error", "info"] }],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/host/**"],
    rules: {
      "no-restricted-globals": [
        "error",
        { name: "Office", message: "Only src/host/ touches Office.js (ARCHITECTURE.md §1)." },
        { name: "OfficeRuntime", message: "Only src/host/ touches Office.js (ARCHITECTURE.md §1)." },
      ],
    },
  },
  {
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: "Domain code takes time as a parameter (`now`), never Date.now().",
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "Domain code takes time as a parameter (`now`), never new Date().",
        },
      ],
      "no-restricted-globals": [
        "error",
        "fetch",
        "localStorage",
        "indexedDB",
        "window",
        "document",
        "Office",
      ],
    },
  },
  { files: ["src/**/*.{ts,tsx}"], rules: { "no-restricted-imports": sdkRule(null) } },
  ...Object.values(owners).map((dir) => ({
    files: [`src/${dir}/**/*.{ts,tsx}`],
    rules: { "no-restricted-imports": sdkRule(dir) },
  })),
  {
    files: ["scripts/**/*.mjs", "eslint.config.mjs"],
    languageOptions: { globals: globals.node },
    rules: { "no-console": "off" },
  },
  {
    files: ["test/**/*.{ts,tsx}", "scripts/**/*.ts"],
    rules: { "no-console": "off", "@typescript-eslint/no-non-null-assertion": "off" },
  },
);
