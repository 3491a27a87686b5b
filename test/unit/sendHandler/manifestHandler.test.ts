// The name Outlook calls on Send lives in two places: manifest.xml and Office.actions.associate.
import { launchEventHandlers } from "../../../scripts/manifest/launchEvents";
import { realManifest, rootOf } from "../manifest/manifestText";
import { installSendMock } from "./sendEventMock";

describe("the manifest and the code agree on the send handler", () => {
  it("registers, on load, exactly the function the manifest names for OnMessageSend", async () => {
    const mock = installSendMock({});
    await import("../../../src/sendHandler/eventRuntime");
    const declared = launchEventHandlers(rootOf(realManifest()));
    expect(declared.filter((h) => h.type === "OnMessageSend").map((h) => h.functionName)).toEqual([
      ...mock.handlers.keys(),
    ]);
  });
});
