import { checkLaunchEvents, compareVersions } from "../../../scripts/manifest/launchEvents";
import { broken, messages, realManifest, rootOf } from "./manifestText";

const check = (xml: string) => messages(checkLaunchEvents(rootOf(xml)));
const SEND = '<LaunchEvent Type="OnMessageSend" FunctionName="onMessageSendHandler" SendMode="PromptUser" />';

describe("checkLaunchEvents (what Outlook needs for the send handler to run)", () => {
  it("accepts the real manifest", () => {
    const result = checkLaunchEvents(rootOf(realManifest()));
    expect(result.problems).toEqual([]);
    expect(result.checks).toBeGreaterThanOrEqual(10);
  });

  it("compares requirement set versions part by part: 1.12 is after 1.5", () => {
    expect(compareVersions("1.12", "1.5")).toBeGreaterThan(0);
    expect(compareVersions("1.10", "1.10")).toBe(0);
    expect(compareVersions("1.9", "1.12")).toBeLessThan(0);
  });

  it("rejects OnMessageSend in a layer that asks for less than Mailbox 1.12", () => {
    const xml = broken('<bt:Sets DefaultMinVersion="1.12">', '<bt:Sets DefaultMinVersion="1.5">');
    expect(check(xml)).toContainEqual(
      expect.stringContaining(
        '<LaunchEvent Type="OnMessageSend"> needs Mailbox 1.12, but its VersionOverrides requires 1.5',
      ),
    );
  });

  it("rejects a send event without an explicit SendMode (the default would be SoftBlock)", () => {
    const xml = broken(' SendMode="PromptUser"', "");
    expect(check(xml)).toContainEqual(
      '<LaunchEvent Type="OnMessageSend"> needs an explicit SendMode (PromptUser, SoftBlock, Block), not the SoftBlock default',
    );
  });

  it("rejects a SendMode that is not one of Outlook's three, and one on an event that sends nothing", () => {
    expect(check(broken('SendMode="PromptUser"', 'SendMode="Prompt"'))).toContainEqual(
      expect.stringContaining("needs an explicit SendMode (PromptUser, SoftBlock, Block), not Prompt"),
    );
    const compose = broken(
      SEND,
      `${SEND}<LaunchEvent Type="OnNewMessageCompose" FunctionName="x" SendMode="Block" />`,
    );
    expect(check(compose)).toContainEqual(
      '<LaunchEvent Type="OnNewMessageCompose"> has a SendMode, which only send events use',
    );
  });

  it("rejects an event type Outlook does not have, a handler name that is not an identifier, a doubled event", () => {
    expect(check(broken('Type="OnMessageSend"', 'Type="OnMailSend"'))).toContainEqual(
      '<LaunchEvent Type="OnMailSend"> is not an Outlook event Svara knows',
    );
    expect(check(broken('FunctionName="onMessageSendHandler"', 'FunctionName="on-send"'))).toContainEqual(
      expect.stringContaining('FunctionName "on-send" must be a JavaScript identifier'),
    );
    expect(check(broken(SEND, `${SEND}${SEND}`))).toContainEqual(
      expect.stringContaining("is declared twice; Outlook runs one handler per event"),
    );
  });

  it("rejects an extension point whose SourceLocation is not the runtime's page", () => {
    const xml = broken(
      '<SourceLocation resid="WebViewRuntime.Url" />',
      '<SourceLocation resid="Taskpane.Url" />',
    );
    expect(check(xml)).toContainEqual(
      expect.stringContaining(
        'SourceLocation resid "Taskpane.Url" must be the Runtime\'s resid "WebViewRuntime.Url"',
      ),
    );
  });

  it("rejects a runtime without the JavaScript file classic Outlook on Windows needs", () => {
    const xml = broken(/\s*<Override type="javascript" resid="JSRuntime.Url" \/>/, "").replace(
      /\s*<bt:Url id="JSRuntime.Url"[^>]*\/>/,
      "",
    );
    expect(check(xml)).toContainEqual(expect.stringContaining('needs one <Override type="javascript">'));
  });

  it("rejects a page that is not HTML, a script that is not .js, and a long-lived runtime", () => {
    const xml = broken("https://localhost:3000/commands.html", "https://localhost:3000/commands.js")
      .replace(
        'DefaultValue="https://localhost:3000/commands.js" />\n          <bt:Url id="JSRuntime.Url" DefaultValue="https://localhost:3000/commands.js"',
        'DefaultValue="https://localhost:3000/commands.js" />\n          <bt:Url id="JSRuntime.Url" DefaultValue="https://localhost:3000/commands.html"',
      )
      .replace(
        '<Runtime resid="WebViewRuntime.Url">',
        '<Runtime resid="WebViewRuntime.Url" lifetime="long">',
      );
    const found = check(xml);
    expect(found).toContainEqual(
      '<Runtime resid="WebViewRuntime.Url"> must point at an HTML page (web, Mac and new Outlook load it)',
    );
    expect(found).toContainEqual(
      '<Override type="javascript" resid="JSRuntime.Url"> must point at a .js file',
    );
    expect(found).toContainEqual(expect.stringContaining('<Runtime> lifetime "long" is for shared runtimes'));
  });

  it("rejects a LaunchEvent in the 1.0 layer, and a runtime left with nothing to run", () => {
    const point = /\s*<ExtensionPoint xsi:type="LaunchEvent">[\s\S]*?<\/ExtensionPoint>/;
    const block = point.exec(realManifest())![0];
    const xml = broken(point, "").replace(
      "        </DesktopFormFactor>\n      </Host>\n    </Hosts>",
      `${block}\n        </DesktopFormFactor>\n      </Host>\n    </Hosts>`,
    );
    const found = check(xml);
    expect(found).toContainEqual(expect.stringMatching(/V1_0\].* must be in VersionOverrides 1\.1/));
    expect(found).toContainEqual(
      expect.stringMatching(/<Runtimes> at .* has no LaunchEvent extension point to run/),
    );
  });
});
