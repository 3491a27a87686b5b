import fc from "fast-check";
import {
  DEFAULT_TEMPLATES,
  allTemplates,
  chosenTemplateForMany,
  defaultTemplate,
  defaultTemplateForMany,
  templateForCandidate,
  templateVersionIn,
  templatesForMany,
  type Language,
  type Template,
} from "../../../src/domain";
import { candidate, process } from "./fixtures";

const mine = (over: Partial<Template> & Pick<Template, "id" | "language">): Template => ({
  kind: "status-update",
  name: "Veckobrev",
  subject: "Läget i {{process.title}}",
  body: "Hej {{candidate.firstName}}!",
  builtIn: false,
  ...over,
});
const weeklySv = mine({ id: "t-weekly-sv", language: "sv" });
const weeklyEn = mine({ id: "t-weekly-en", language: "en", body: "Hi {{candidate.firstName}}!" });
const onlySwedish = mine({ id: "t-only-sv", language: "sv", kind: "custom", name: "Bara svenska" });
const script = mine({ id: "t-script", language: "sv", kind: "call-script", name: "Mitt samtal" });

const swedishProcess = process({ language: "sv" });
const englishInSwedish = candidate({ id: "c-sam", name: "Sam Reed", language: "en" });
const swedish = candidate({ id: "c-asa", name: "Åsa Öberg" });

describe("one template for many candidates, each in their own language", () => {
  it("gives an English candidate in a Swedish process the English version of her own template", () => {
    const templates = allTemplates([weeklySv, weeklyEn]);
    const found = templateForCandidate(templates, weeklySv, englishInSwedish, swedishProcess);
    expect(found).toEqual({ ok: true, value: weeklyEn });
    expect(templateForCandidate(templates, weeklyEn, swedish, swedishProcess)).toEqual({
      ok: true,
      value: weeklySv,
    });
  });

  it("finds a built-in's other version by its kind alone", () => {
    const sv = defaultTemplate("interview-invitation", "sv");
    expect(templateVersionIn(DEFAULT_TEMPLATES, sv, "en")).toBe(
      defaultTemplate("interview-invitation", "en"),
    );
  });

  it("never takes another of her templates of the same kind as a translation, nor a built-in for hers", () => {
    const other = mine({ id: "t-other-en", language: "en", name: "Something else" });
    expect(templateVersionIn(allTemplates([weeklySv, other]), weeklySv, "en")).toBeNull();
  });

  it("skips, with the reason, a candidate whose language the template lacks — never the wrong language", () => {
    const found = templateForCandidate(
      allTemplates([onlySwedish]),
      onlySwedish,
      englishInSwedish,
      swedishProcess,
    );
    expect(found.ok).toBe(false);
    if (found.ok) return;
    expect(found.error.code).toBe("template-no-version");
    expect(found.error.message.en).toContain("no English version");
    expect(found.error.message.sv).toContain("ingen engelsk version");
  });

  it("whatever she chose, a candidate gets a template in their own language or none", () => {
    const own = [weeklySv, weeklyEn, onlySwedish];
    const templates = allTemplates(own);
    fc.assert(
      fc.property(
        fc.constantFrom(...templates),
        fc.constantFrom<Language | undefined>("sv", "en", undefined),
        fc.constantFrom<Language>("sv", "en"),
        (chosen, language, processLanguage) => {
          const who = candidate({ language });
          const found = templateForCandidate(templates, chosen, who, process({ language: processLanguage }));
          const wanted = language ?? processLanguage;
          if (found.ok) {
            expect(found.value.language).toBe(wanted);
            expect(found.value.kind).toBe(chosen.kind);
          } else expect(found.error.code).toBe("template-no-version");
        },
      ),
    );
  });
});

describe("what the picker for many offers", () => {
  it("offers her mail templates beside the built-ins, once each, in the recruiter's language, never a call script", () => {
    const offered = templatesForMany(allTemplates([weeklySv, weeklyEn, onlySwedish, script]), "en");
    expect(offered.some((t) => t.kind === "call-script")).toBe(false);
    expect(offered.filter((t) => t.builtIn).every((t) => t.language === "en")).toBe(true);
    expect(offered.filter((t) => !t.builtIn).map((t) => t.id)).toEqual(["t-weekly-en", "t-only-sv"]);
    expect(offered.filter((t) => t.kind === "status-update" && t.builtIn)).toHaveLength(1);
  });

  it("starts on her own status update when she has one, else the built-in", () => {
    const withHers = templatesForMany(allTemplates([weeklySv]), "sv");
    expect(defaultTemplateForMany(withHers)).toBe(weeklySv);
    expect(defaultTemplateForMany(templatesForMany(allTemplates([]), "sv"))).toBe(
      defaultTemplate("status-update", "sv"),
    );
  });

  it("keeps her choice by id, and falls back to the default for a call script or a deleted template", () => {
    const templates = allTemplates([weeklySv, onlySwedish, script]);
    expect(chosenTemplateForMany(templates, "t-only-sv")).toBe(onlySwedish);
    expect(chosenTemplateForMany(templates, "t-script")).toBe(weeklySv);
    expect(chosenTemplateForMany(templates, "t-gone")).toBe(weeklySv);
    expect(chosenTemplateForMany(templates, null)).toBe(weeklySv);
  });
});
