import {
  detectDashboardHost,
  startDashboardHost,
  type DashboardWindow,
} from "../../../src/host/dashboardHost";
import { themeFromTeams } from "../../../src/host/teamsDashboard";

// A stand-in for TeamsJS: there is no official mock host (ARCHITECTURE.md §9). `loads` counts how
// often the module itself is loaded, so a test can prove a plain browser never loads it.
const teams = {
  loads: 0,
  initialize: jest.fn<Promise<void>, []>(),
  getContext: jest.fn(),
  themeHandler: undefined as ((theme: string) => void) | undefined,
  naaRecommended: jest.fn<boolean, []>(),
};
jest.mock("@microsoft/teams-js", () => {
  teams.loads += 1;
  return {
    app: {
      initialize: () => teams.initialize(),
      getContext: () => teams.getContext(),
      registerOnThemeChangeHandler: (handler: (theme: string) => void) => {
        teams.themeHandler = handler;
      },
    },
    nestedAppAuth: { isNAAChannelRecommended: () => teams.naaRecommended() },
  };
});

/** A window at `search`, top-level unless `framed`; `extra` adds e.g. Teams mobile's nativeInterface. */
function windowAt(search: string, framed = false, extra: Record<string, unknown> = {}): DashboardWindow {
  const win: DashboardWindow & Record<string, unknown> = {
    location: { search },
    parent: undefined,
    navigator: { language: "sv-SE" },
    ...extra,
  };
  return Object.assign(win, { parent: framed ? {} : win });
}

/** startDashboardHost from a fresh module registry, and how often TeamsJS was loaded meanwhile. */
async function startFresh(win: DashboardWindow) {
  const before = teams.loads;
  let host: Awaited<ReturnType<typeof startDashboardHost>> | undefined;
  await jest.isolateModulesAsync(async () => {
    const fresh = await import("../../../src/host/dashboardHost");
    host = await fresh.startDashboardHost(win);
  });
  return { host: host!, teamsLoads: teams.loads - before };
}

const teamsContext = (app: { theme: string; locale: string }, user?: Record<string, string>) => ({
  app: { ...app, host: { name: "Teams" } },
  ...(user ? { user } : {}),
});

beforeEach(() => {
  teams.initialize.mockReset().mockResolvedValue(undefined);
  teams.getContext.mockReset().mockResolvedValue(teamsContext({ theme: "default", locale: "en-us" }));
  teams.naaRecommended.mockReset().mockReturnValue(true);
  teams.themeHandler = undefined;
});

describe("detectDashboardHost: deciding where the dashboard runs before any TeamsJS", () => {
  it("is a Teams tab when the manifest's ?host=teams address is shown inside Teams' iframe", () => {
    expect(detectDashboardHost(windowAt("?host=teams", true))).toBe("teams");
  });

  it("is a Teams tab in Teams mobile's frameless webview, which TeamsJS reaches through nativeInterface", () => {
    expect(detectDashboardHost(windowAt("?host=teams", false, { nativeInterface: {} }))).toBe("teams");
  });

  it("is a browser when the Teams address is opened on its own, where app.initialize() would reject", () => {
    expect(detectDashboardHost(windowAt("?host=teams"))).toBe("browser");
  });

  it("is a browser when framed by some other page without the Teams address, where it would hang 60 s", () => {
    expect(detectDashboardHost(windowAt("", true))).toBe("browser");
    expect(detectDashboardHost(windowAt("?host=other", true))).toBe("browser");
  });

  it("is the workbench when the workbench links to it, framed or not", () => {
    expect(detectDashboardHost(windowAt("?host=workbench"))).toBe("workbench");
    expect(detectDashboardHost(windowAt("?host=workbench&lang=en", true))).toBe("workbench");
  });

  it("is a browser in the production add-in even when a link says ?host=workbench", () => {
    const globals = globalThis as Record<string, unknown>;
    globals["SVARA_WORKBENCH"] = false;
    try {
      expect(detectDashboardHost(windowAt("?host=workbench&graph=https://evil.example/v1.0"))).toBe(
        "browser",
      );
    } finally {
      globals["SVARA_WORKBENCH"] = true;
    }
  });

  it("takes the real window as it is (tsc checks the assignment)", () => {
    const typed: (win: Window) => DashboardWindow = (win) => win;
    expect(typed).toBeDefined();
  });
});

describe("startDashboardHost in a plain browser or the workbench", () => {
  it("never loads TeamsJS in a plain browser and follows the browser's language and colour scheme", async () => {
    const matchMedia = (q: string) => ({ matches: q === "(prefers-color-scheme: dark)" });
    const host = await startDashboardHost({ ...windowAt(""), matchMedia });
    expect(host).toMatchObject({
      ok: true,
      value: {
        kind: "browser",
        theme: "dark",
        language: "sv",
        supportsNestedAppAuth: false,
        loginHint: null,
      },
    });
    expect(teams.loads).toBe(0);
  });

  it("reads high contrast from forced colours, and tells when the system's theme changes", async () => {
    let forced = true;
    const listeners: (() => void)[] = [];
    const matchMedia = (q: string) => ({
      matches: q === "(forced-colors: active)" && forced,
      addEventListener: (_: "change", l: () => void) => listeners.push(l),
      removeEventListener: () => undefined,
    });
    const host = await startDashboardHost({ ...windowAt(""), matchMedia });
    if (!host.ok) throw new Error("expected a host");
    expect(host.value.theme).toBe("high-contrast");
    const seen: string[] = [];
    host.value.onThemeChange((t) => seen.push(t));
    forced = false;
    listeners.forEach((l) => l());
    expect(seen).toContain("light");
  });

  it("takes the workbench's language and theme from the address", async () => {
    const { host, teamsLoads } = await startFresh(windowAt("?host=workbench&lang=en&theme=dark"));
    expect(host).toMatchObject({ ok: true, value: { kind: "workbench", theme: "dark", language: "en" } });
    expect(teamsLoads).toBe(0);
  });
});

describe("startDashboardHost in a Teams tab", () => {
  it("initialises TeamsJS, then reads Teams' dark theme, Swedish locale and user for sign-in", async () => {
    teams.getContext.mockResolvedValue(
      teamsContext({ theme: "dark", locale: "sv-se" }, { loginHint: "maja.lind@svara-demo.se" }),
    );
    const { host, teamsLoads } = await startFresh(windowAt("?host=teams", true));
    expect(teams.initialize).toHaveBeenCalledTimes(1);
    expect(host).toMatchObject({
      ok: true,
      value: {
        kind: "teams",
        theme: "dark",
        language: "sv",
        supportsNestedAppAuth: true,
        loginHint: "maja.lind@svara-demo.se",
      },
    });
    expect(teamsLoads).toBe(1);
  });

  it("follows Teams when the recruiter switches its theme while the tab is open", async () => {
    const host = await startDashboardHost(windowAt("?host=teams", true));
    if (!host.ok) throw new Error("expected a host");
    const seen: string[] = [];
    const stop = host.value.onThemeChange((t) => seen.push(t));
    teams.themeHandler!("contrast");
    stop();
    teams.themeHandler!("dark");
    expect(seen).toEqual(["high-contrast"]);
  });

  it("signs in with MSAL's popup when this Teams client does not offer nested app auth", async () => {
    teams.naaRecommended.mockImplementation(() => {
      throw new Error("not initialized");
    });
    const host = await startDashboardHost(windowAt("?host=teams", true));
    expect(host).toMatchObject({ ok: true, value: { supportsNestedAppAuth: false, loginHint: null } });
  });

  it("says Teams did not answer, in Swedish and English, instead of waiting forever", async () => {
    jest.useFakeTimers();
    try {
      teams.initialize.mockReturnValue(new Promise(() => undefined));
      const pending = startDashboardHost(windowAt("?host=teams", true), { teamsTimeoutMs: 5000 });
      await jest.advanceTimersByTimeAsync(5000);
      const host = await pending;
      expect(host).toMatchObject({
        ok: false,
        error: {
          code: "host-teams-unavailable",
          retryable: true,
          message: {
            sv: expect.stringContaining("Teams svarade inte"),
            en: expect.stringContaining("Teams did not answer"),
          },
        },
      });
    } finally {
      jest.useRealTimers();
    }
  });

  it("reports an app.initialize() that Teams rejects", async () => {
    teams.initialize.mockRejectedValue(new Error("No Parent window found."));
    const host = await startDashboardHost(windowAt("?host=teams", true));
    expect(host).toMatchObject({ ok: false, error: { code: "host-teams-unavailable" } });
  });
});

describe("themeFromTeams", () => {
  it("maps Teams' default, dark and contrast themes, and reads an unknown one as light", () => {
    expect(["default", "dark", "contrast", "glass", undefined].map(themeFromTeams)).toEqual([
      "light",
      "dark",
      "high-contrast",
      "light",
      "light",
    ]);
  });
});
