/** @jest-environment jsdom */
import type { DashboardHost } from "../../../src/host/host";
import { createDashboardPageHost, outlookWebMailLink } from "../../../src/host/dashboardPageHost";
import type { ThemeKind } from "../../../src/host/host";

function dashboardHost(overrides: Partial<DashboardHost> = {}) {
  const listeners = new Set<(theme: ThemeKind) => void>();
  const host: DashboardHost = {
    kind: "browser",
    theme: "light",
    language: "sv",
    supportsNestedAppAuth: false,
    loginHint: null,
    onThemeChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ...overrides,
  };
  return { host, changeTheme: (theme: ThemeKind) => listeners.forEach((l) => l(theme)) };
}

const at = (search: string) => ({ search, origin: "http://localhost:3000", pathname: "/dashboard.html" });

describe("the dashboard page's host", () => {
  it("has no open mail: the overview, not an item, is what the recruiter looks at", async () => {
    const page = createDashboardPageHost(dashboardHost().host, { location: at(""), openWindow: () => true });
    expect(await page.currentItem()).toEqual({ ok: true, value: null });
    expect((await page.displayReplyForm("<p>Hej</p>")).ok).toBe(false);
    expect((await page.insertHtmlAtCursor("<p>Hej</p>")).ok).toBe(false);
  });

  it("opens a candidate's mail in Outlook on the web, in a new tab, from a browser", async () => {
    const opened: string[] = [];
    const page = createDashboardPageHost(dashboardHost().host, {
      location: at(""),
      openWindow: (url) => opened.push(url) > 0,
    });
    expect(await page.displayMessage("AAMk/1=")).toEqual({ ok: true, value: undefined });
    expect(opened).toEqual([outlookWebMailLink("AAMk/1=")]);
    expect(opened[0]).toBe("https://outlook.office.com/mail/deeplink/read/AAMk%2F1%3D");
  });

  it("says so when the browser blocked the new tab", async () => {
    const page = createDashboardPageHost(dashboardHost().host, { location: at(""), openWindow: () => false });
    const opened = await page.displayMessage("AAMk1");
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.error.message.sv).toMatch(/meddelandet/);
  });

  it("lets Teams open the link when the page is a Teams tab", async () => {
    const links: string[] = [];
    const { host } = dashboardHost({
      kind: "teams",
      openLink: async (url) => {
        links.push(url);
      },
    });
    const page = createDashboardPageHost(host, {
      location: at("?host=teams"),
      openWindow: () => {
        throw new Error("window.open is not for Teams");
      },
    });
    expect((await page.openLink("https://outlook.office365.com/owa/?ItemID=1")).ok).toBe(true);
    expect(links).toEqual(["https://outlook.office365.com/owa/?ItemID=1"]);
  });

  it("opens the mail in the workbench, against the same emulator, in the workbench's dashboard", async () => {
    const opened: string[] = [];
    const { host } = dashboardHost({ kind: "workbench" });
    const page = createDashboardPageHost(host, {
      location: at(
        "?host=workbench&graph=http%3A%2F%2F127.0.0.1%3A4100%2Fv1.0&lang=en-US&theme=dark&me=Anna%40x.se",
      ),
      openWindow: (url) => opened.push(url) > 0,
    });
    await page.displayMessage("m-1");
    const url = new URL(opened[0]!);
    expect(url.pathname).toBe("/index.html");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      message: "m-1",
      graph: "http://127.0.0.1:4100/v1.0",
      lang: "en-US",
      theme: "dark",
    });
    expect(page.userEmail()).toBe("anna@x.se");
    expect(page.name).toBe("workbench");
  });

  it("follows the host's theme while open, and takes the user, language and NAA from Teams", () => {
    const { host, changeTheme } = dashboardHost({
      kind: "teams",
      theme: "dark",
      language: "en",
      loginHint: "Rekryterare@Contoso.se",
      supportsNestedAppAuth: true,
    });
    const page = createDashboardPageHost(host, { location: at("?host=teams"), openWindow: () => true });
    expect(page.theme()).toBe("dark");
    changeTheme("high-contrast");
    expect(page.theme()).toBe("high-contrast");
    expect(page.userEmail()).toBe("rekryterare@contoso.se");
    expect(page.displayLanguage()).toBe("en");
    expect(page.supportsNestedAppAuth()).toBe(true);
  });

  it("keeps settings in this browser until they live in the app folder", async () => {
    const page = createDashboardPageHost(dashboardHost().host, {
      location: at(""),
      storage: window.localStorage,
      openWindow: () => true,
    });
    expect((await page.roamingSettings.set("answerDays", 10)).ok).toBe(true);
    expect(page.roamingSettings.get("answerDays")).toBe(10);
  });
});
