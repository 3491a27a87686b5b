import { readFileSync } from "node:fs";
import { join } from "node:path";
import { contentSecurityPolicy, type PolicyOptions } from "../../../scripts/csp/contentSecurityPolicy";

const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const base: PolicyOptions = {
  page: "taskpane",
  workbench: false,
  development: false,
  authority: "https://login.microsoftonline.com/organizations",
  officeJs: CDN,
};

const directives = (policy: string): Record<string, string[]> =>
  Object.fromEntries(
    policy.split(";").map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name!, sources];
    }),
  );

describe("the production add-in's Content-Security-Policy", () => {
  it("runs only our bundles and office.js from Microsoft's CDN: nothing inline, no eval", () => {
    const csp = directives(contentSecurityPolicy(base));
    expect(csp["script-src"]).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(csp["object-src"]).toEqual(["'none'"]);
    expect(csp["base-uri"]).toEqual(["'self'"]);
  });

  it("talks only to Microsoft Graph and Microsoft's sign-in — no emulator, no plain http, no dev server", () => {
    const csp = directives(contentSecurityPolicy(base));
    expect(csp["connect-src"]).toEqual([
      "'self'",
      "https://graph.microsoft.com",
      "https://login.microsoftonline.com",
    ]);
    expect(csp["frame-src"]).toEqual(["https://login.microsoftonline.com"]);
  });

  it("gives the dashboard no office.js, and follows a tenant's own authority", () => {
    const csp = directives(
      contentSecurityPolicy({
        ...base,
        page: "dashboard",
        officeJs: null,
        authority: "https://login.microsoftonline.us/contoso.onmicrosoft.com",
      }),
    );
    expect(csp["script-src"]).toEqual(["'self'"]);
    expect(csp["connect-src"]).toContain("https://login.microsoftonline.us");
  });
});

describe("the workbench and development builds still run", () => {
  it("lets a workbench build reach the emulator on this machine and frame its own pages", () => {
    const pane = directives(
      contentSecurityPolicy({ ...base, workbench: true, officeJs: "office/office.js" }),
    );
    expect(pane["script-src"]).toEqual(["'self'"]);
    expect(pane["connect-src"]).toEqual(expect.arrayContaining(["http://127.0.0.1:*", "http://localhost:*"]));
    const page = directives(contentSecurityPolicy({ ...base, page: "workbench", workbench: true }));
    expect(page["frame-src"]).toEqual(["'self'"]);
  });

  it("allows the dev server's eval source maps and live reload only in development", () => {
    const dev = directives(contentSecurityPolicy({ ...base, workbench: true, development: true }));
    expect(dev["script-src"]).toContain("'unsafe-eval'");
    expect(dev["connect-src"]).toContain("ws://localhost:*");
  });
});

describe("every page carries its policy", () => {
  const root = join(__dirname, "../../..");
  const read = (file: string) => readFileSync(join(root, file), "utf8");
  const templates = [
    "src/taskpane/taskpane.html",
    "src/dashboard/dashboard.html",
    "src/sendHandler/eventRuntime.html",
    "src/workbench/workbench.html",
  ];

  it.each(templates)("%s has the policy webpack writes and no inline script", (file) => {
    const html = read(file);
    expect(html).toContain(
      '<meta http-equiv="Content-Security-Policy" content="<%= htmlWebpackPlugin.options.csp %>" />',
    );
    expect(html).not.toMatch(/<script>/);
  });

  it("the static support page runs and fetches nothing", () => {
    expect(read("src/support/support.html")).toMatch(
      /http-equiv="Content-Security-Policy"\s+content="default-src 'none'; style-src 'unsafe-inline'/,
    );
  });
});
