// One config for three builds:
//   npm run build            production task pane (office.js from Microsoft's CDN, manifest URLs
//                            rewritten to SVARA_PUBLIC_URL when set) and the Teams app package
//                            dist/teams/svara-teams.zip
//   npm start / --env workbench   adds the workbench (the local Outlook stand-in), office.js from
//                            the @microsoft/office-js package, emulator URL baked in
//   npm run test:e2e         the workbench build in production mode, so the browser tests run what ships
const path = require("node:path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { EsbuildPlugin } = require("esbuild-loader");

// `.env` (see .env.example) holds the app registration's client id for real-tenant runs.
if (require("node:fs").existsSync(path.join(__dirname, ".env")))
  process.loadEnvFile(path.join(__dirname, ".env"));

/** office-addin-dev-certs' trusted localhost certificate, when the developer has installed it. */
function devCerts() {
  const dir = path.join(require("node:os").homedir(), ".office-addin-dev-certs");
  const file = (name) => path.join(dir, name);
  const fs = require("node:fs");
  if (!fs.existsSync(file("localhost.crt"))) return "https"; // self-signed fallback
  return {
    type: "https",
    options: {
      key: fs.readFileSync(file("localhost.key")),
      cert: fs.readFileSync(file("localhost.crt")),
      ca: fs.readFileSync(file("ca.crt")),
    },
  };
}

const DEV_URL = "https://localhost:3000";

/**
 * Loads a TypeScript module through tsx, registered only for the call. Not tsx's namespaced require:
 * its module ids carry a query webpack's disk cache cannot resolve back, and the cache is then lost.
 */
function requireTypeScript(file) {
  const unregister = require("tsx/cjs/api").register();
  try {
    return require(file);
  } finally {
    unregister();
  }
}

/**
 * Emits teams/svara-teams.zip, the Teams app package (teams/README.md): teams/manifest.json moved to
 * the public URL, with the icons and language files. The zip is built by scripts/teams/ (TypeScript,
 * loaded through tsx), which `npm run validate:teams` also checks.
 */
class TeamsPackagePlugin {
  constructor(options) {
    this.options = options;
  }
  apply(compiler) {
    const { PROCESS_ASSETS_STAGE_ADDITIONAL } = webpack.Compilation;
    compiler.hooks.thisCompilation.tap("TeamsPackagePlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "TeamsPackagePlugin", stage: PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const teams = requireTypeScript("./scripts/teams/packageFiles.ts");
          for (const source of [teams.TEMPLATE, ...Object.values(teams.PACKAGE_SOURCES)])
            compilation.fileDependencies.add(path.join(__dirname, source));
          const zip = teams.buildTeamsPackage(__dirname, this.options);
          compilation.emitAsset(
            `teams/${teams.PACKAGE_NAME}`,
            new webpack.sources.RawSource(Buffer.from(zip)),
          );
        },
      );
    });
  }
}

/** The scripts the pages' HTML names (their entries), not the commands file or the lazy chunks. */
const FIRST_PAINT_SCRIPT = /^(taskpane|taskpane-libraries|dashboard)\.[0-9a-f]{8}\.js$/;

/**
 * esbuild's minifier keeps an unused `const` that follows a statement with side effects (it cannot
 * prove the removal safe), and webpack leaves a `const X = null` for every unused export of a
 * concatenated module: about 2,500 of them in the pane's first paint, most from Fluent's icon files
 * (each file of icons ships whole, its unused icons as nulls), 5.5 KB of its gzip. Terser's
 * unused-code pass removes them. It runs after esbuild, as webpack's own minimizer ("..." with
 * optimization.minimizeOptions), which skips an asset another minimizer has marked `minimized`: this
 * unmarks the first-paint scripts only, so the lazy chunks are not minified twice (on the 2-core box
 * about 13 s more build CPU for the two entries, 48 s for every chunk).
 */
class DropUnusedDeclarationsPlugin {
  constructor(files) {
    this.files = files;
  }
  apply(compiler) {
    const { PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE } = webpack.Compilation;
    compiler.hooks.compilation.tap("DropUnusedDeclarationsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "DropUnusedDeclarationsPlugin", stage: PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE },
        (assets) => {
          for (const name of Object.keys(assets).filter((file) => this.files.test(file)))
            compilation.updateAsset(name, (source) => source, { minimized: false });
        },
      );
    });
  }
}

const CDN_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const workbench = Boolean(env.workbench) || !production;
  const publicUrl = (process.env.SVARA_PUBLIC_URL || DEV_URL).replace(/\/$/, "");
  const outDir = env.outDir ? path.resolve(env.outDir) : path.resolve(__dirname, "dist");
  const authority = process.env.SVARA_AUTHORITY || "https://login.microsoftonline.com/organizations";
  const officeJs = workbench ? "office/office.js" : CDN_OFFICE_JS;
  // Every page carries its Content-Security-Policy (scripts/csp/): what it may load, call and frame.
  const { contentSecurityPolicy } = requireTypeScript("./scripts/csp/contentSecurityPolicy.ts");
  const csp = (page, pageOfficeJs = null) =>
    contentSecurityPolicy({ page, workbench, development: !production, authority, officeJs: pageOfficeJs });

  return {
    mode: production ? "production" : "development",
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    // The production workbench builds (npm start, the browser tests) keep webpack's cache on disk,
    // so a second start, or npm start after the browser tests' build, compiles only what changed.
    // In the repository (.cache/), never in node_modules, which may be shared between checkouts.
    // Stored a while after a build, not at once: the first page load gets the CPU first.
    cache:
      production && workbench
        ? {
            type: "filesystem",
            cacheDirectory: path.resolve(__dirname, ".cache/webpack"),
            buildDependencies: { config: [__filename] },
            idleTimeoutForInitialStore: 20_000,
            idleTimeoutAfterLargeChanges: 20_000,
          }
        : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      // The overview full width: the Teams tab's contentUrl and the browser page (src/dashboard/).
      dashboard: "./src/dashboard/index.tsx",
      // The OnMessageSend handler: one self-contained file (no chunks), see src/sendHandler/.
      commands: "./src/sendHandler/eventRuntime.ts",
      ...(workbench ? { workbench: "./src/workbench/index.tsx" } : {}),
    },
    output: {
      path: outDir,
      // commands.js keeps its name: the manifest points classic Outlook on Windows at it directly.
      filename: ({ chunk }) =>
        production && chunk?.name !== "commands" ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: { extensions: [".tsx", ".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.[jt]sx?$/,
          exclude: /node_modules/,
          loader: "esbuild-loader",
          options: { target: "es2020", jsx: "automatic" },
        },
      ],
    },
    optimization: {
      // The pane's first-paint script in two files: the libraries (React, Fluent) and Svara's own
      // code. One 500 KB file was one task of 150–290 ms at every start, however it was evaluated
      // (issue 13: no task over 200 ms); two files are two tasks. Both are in first paint and counted.
      splitChunks: {
        cacheGroups: {
          paneLibraries: {
            name: "taskpane-libraries",
            chunks: (chunk) => chunk.name === "taskpane",
            test: /[\\/]node_modules[\\/]/,
            enforce: true,
          },
        },
      },
      // esbuild minifies everything; the pages' first-paint scripts then get terser's unused-code
      // pass alone (webpack's own minimizer, "..."), see DropUnusedDeclarationsPlugin.
      minimizer: [
        new EsbuildPlugin({ target: "es2020", legalComments: "none" }),
        new DropUnusedDeclarationsPlugin(FIRST_PAINT_SCRIPT),
        "...",
      ],
      minimizeOptions: {
        javascript: {
          compress: { defaults: false, unused: true },
          mangle: false,
          format: { comments: false },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      new TeamsPackagePlugin({
        publicUrl,
        clientId: process.env.SVARA_CLIENT_ID || "",
        version: require("./package.json").version,
      }),
      new webpack.DefinePlugin({
        SVARA_EMULATOR_URL: JSON.stringify(process.env.SVARA_EMULATOR_URL || "http://127.0.0.1:4100/v1.0"),
        SVARA_CLIENT_ID: JSON.stringify(process.env.SVARA_CLIENT_ID || ""),
        SVARA_AUTHORITY: JSON.stringify(authority),
        // The workbench switch (`?host=workbench&graph=…`: another host, another Graph, a dev token)
        // exists only in workbench builds: in the production add-in `if (SVARA_WORKBENCH && …)` is
        // `if (false)`, and webpack drops the branch and the workbench host with it.
        SVARA_WORKBENCH: JSON.stringify(workbench),
        // The send handler's JavaScript-only runtime has no location to learn its origin from.
        SVARA_PUBLIC_URL: JSON.stringify(publicUrl),
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        // Marketplace rule: production loads office.js from Microsoft's CDN; locally there is no
        // network, so the workbench and tests load the copy in @microsoft/office-js.
        officeJs,
        officeJsOutsideWorkbenchOnly: workbench,
        csp: csp("taskpane", officeJs),
      }),
      // No office.js: the dashboard runs in Teams and in a browser, never inside Outlook.
      new HtmlWebpackPlugin({
        filename: "dashboard.html",
        template: "./src/dashboard/dashboard.html",
        chunks: ["dashboard"],
        csp: csp("dashboard"),
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/sendHandler/eventRuntime.html",
        chunks: ["commands"],
        officeJs,
        officeJsOutsideWorkbenchOnly: workbench,
        csp: csp("commands", officeJs),
      }),
      ...(workbench
        ? [
            new HtmlWebpackPlugin({
              filename: "index.html",
              template: "./src/workbench/workbench.html",
              chunks: ["workbench"],
              csp: csp("workbench"),
            }),
          ]
        : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]", noErrorOnMissing: true },
          // Classic Outlook on Windows lets the send handler's commands.js make CORS requests (and
          // get tokens) only if the add-in's origin lists it here (use-sso-in-event-based-activation.md).
          {
            from: "src/sendHandler/microsoft-officeaddins-allowed.json",
            to: ".well-known/microsoft-officeaddins-allowed.json",
            transform: () => JSON.stringify({ allowed: [`${publicUrl}/commands.js`] }, null, 2),
          },
          // The manifest's SupportUrl (the converter also uses it for privacy and terms).
          { from: "src/support/support.html", to: "support.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            noErrorOnMissing: true,
            transform: (content) =>
              production && publicUrl !== DEV_URL
                ? content.toString().split(DEV_URL).join(publicUrl)
                : content,
          },
          ...(workbench
            ? [
                { from: "node_modules/@microsoft/office-js/dist/office.js", to: "office/office.js" },
                {
                  from: "src/taskpane/loadOfficeOutsideWorkbench.js",
                  to: "office/load-outside-workbench.js",
                },
              ]
            : []),
        ],
      }),
    ],
    devServer: {
      port: Number(process.env.SVARA_PORT || 3000),
      host: "localhost",
      hot: false,
      liveReload: true,
      // Outlook needs https (see README "Run it in Outlook"); the workbench is fine on http.
      server: env.https ? devCerts() : "http",
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      // Build errors cover the page; runtime errors do not: office.js's own MicrosoftAjax error in a
      // page outside Outlook is not ours, and an overlay over the pane hides the workbench (issue 11).
      client: { overlay: { warnings: false, errors: true, runtimeErrors: false } },
    },
  };
};
