import { DEFAULT_TEMPLATES, builtInTemplateId, isBuiltInTemplateId } from "../../../src/domain";
import { loadBuiltInTemplates } from "../../../src/state/builtInTemplates";

describe("telling a built-in template from hers without loading the built-in texts", () => {
  it("knows every built-in's id from its kind and language, and no other id", () => {
    for (const t of DEFAULT_TEMPLATES) {
      expect(isBuiltInTemplateId(t.id)).toBe(true);
      expect(t.id).toBe(builtInTemplateId(t.kind as Parameters<typeof builtInTemplateId>[0], t.language));
    }
    expect(isBuiltInTemplateId("default-custom-sv")).toBe(false);
    expect(isBuiltInTemplateId("default-status-update-de")).toBe(false);
    expect(isBuiltInTemplateId("t-1")).toBe(false);
  });

  it("fetches the built-in texts once, for every picker that asks", async () => {
    const first = await loadBuiltInTemplates();
    expect(first).toBe(DEFAULT_TEMPLATES);
    expect(await loadBuiltInTemplates()).toBe(first);
  });
});
