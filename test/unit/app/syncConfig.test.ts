import { syncConfigFor } from "../../../src/app/syncConfig";

(globalThis as Record<string, unknown>)["SVARA_CLIENT_ID"] = "11111111-2222-3333-4444-555555555555";
(globalThis as Record<string, unknown>)["SVARA_AUTHORITY"] =
  "https://login.microsoftonline.com/organizations";

const at = (pathname: string, search = "") => ({ origin: "https://svara.example.com", pathname, search });

describe("where the pane's and the dashboard's data live", () => {
  it("is the emulator the workbench names, with the dev token", () => {
    expect(
      syncConfigFor(
        { name: "workbench" },
        at("/dashboard.html", "?graph=http%3A%2F%2F127.0.0.1%3A4200%2Fv1.0"),
      ),
    ).toEqual({ graphBaseUrl: "http://127.0.0.1:4200/v1.0", auth: "dev" });
  });

  it("is Microsoft Graph in a browser, with MSAL's popup coming back to the dashboard page", () => {
    const config = syncConfigFor({ name: "browser" }, at("/dashboard.html", "?graph=http://evil"));
    expect(config.graphBaseUrl).toBe("https://graph.microsoft.com/v1.0");
    expect(config.auth).toMatchObject({ popupRedirectUri: "https://svara.example.com/dashboard.html" });
  });

  it("brings the popup back to the task pane in Outlook, as before", () => {
    expect(syncConfigFor({ name: "outlook" }, at("/taskpane.html")).auth).toMatchObject({
      popupRedirectUri: "https://svara.example.com/taskpane.html",
    });
  });
});

describe("the production add-in (a build without the workbench)", () => {
  const globals = globalThis as Record<string, unknown>;
  beforeEach(() => void (globals["SVARA_WORKBENCH"] = false));
  afterEach(() => void (globals["SVARA_WORKBENCH"] = true));

  it("talks to Microsoft Graph with MSAL whatever the address says: a link cannot point it at another Graph", () => {
    const config = syncConfigFor(
      { name: "workbench" },
      at("/taskpane.html", "?host=workbench&graph=https%3A%2F%2Fevil.example%2Fv1.0"),
    );
    expect(config.graphBaseUrl).toBe("https://graph.microsoft.com/v1.0");
    expect(config.auth).not.toBe("dev");
  });
});
