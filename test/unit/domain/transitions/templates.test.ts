import fc from "fast-check";
import {
  DEFAULT_TEMPLATES,
  changeTemplates,
  parseTemplatesDocument,
  templatesToJson,
  validateTemplate,
  type Template,
  type TemplateChange,
  type TemplateDraft,
} from "../../../../src/domain";

const draft: TemplateDraft = {
  name: "Tack för samtalet",
  kind: "custom",
  language: "sv",
  subject: "Tack för samtalet om {{process.title}}",
  body: "Hej {{candidate.firstName}},\n\ntack för samtalet i dag.\n\n{{recruiter.name}}",
};

const unwrap = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

const builtIn = DEFAULT_TEMPLATES[0]!;

describe("her own templates, changed as the outbox carries them", () => {
  it("refuses a template with a placeholder that does not exist, naming it", () => {
    const errors = validateTemplate({ ...draft, body: "Hej {{candidate.fistName}} och {{kandidat.namn}}" });
    expect(errors.map((e) => e.code)).toEqual(["unknown-placeholder", "unknown-placeholder"]);
    expect(errors[0]!.message.sv).toContain("{{candidate.fistName}}");
    expect(errors[1]!.message.en).toContain("{{kandidat.namn}}");
    const saved = changeTemplates([], {
      op: "create",
      templateId: "t-1",
      draft: { ...draft, subject: "{{x}}" },
    });
    expect(saved.ok).toBe(false);
    if (!saved.ok) {
      expect(saved.error.code).toBe("invalid-template");
      expect(saved.error.message.sv).toContain("{{x}}");
    }
  });

  it("copies a built-in into a template of her own that she can then edit", () => {
    const copied = unwrap(
      changeTemplates([], { op: "copy", templateId: "t-copy", sourceId: builtIn.id, name: "Min variant" }),
    );
    expect(copied).toEqual([{ ...builtIn, id: "t-copy", name: "Min variant", builtIn: false }]);
    const edited = unwrap(
      changeTemplates(copied, {
        op: "edit",
        templateId: "t-copy",
        draft: { ...copied[0]!, body: `${builtIn.body}\n\nPS. Välkommen!` },
      }),
    );
    expect(edited[0]!.body).toContain("PS. Välkommen!");
    expect(DEFAULT_TEMPLATES[0]).toBe(builtIn);
  });

  it("will not edit or delete a built-in", () => {
    for (const change of [
      { op: "delete", templateId: builtIn.id },
      { op: "edit", templateId: builtIn.id, draft },
    ] as const) {
      const refused = changeTemplates([], change);
      expect(refused.ok ? null : refused.error.code).toBe("built-in-template");
    }
  });

  it("does nothing the second time: a re-sent change makes no twin and deletes nothing more", () => {
    const one = unwrap(changeTemplates([], { op: "create", templateId: "t-1", draft }));
    expect(changeTemplates(one, { op: "create", templateId: "t-1", draft })).toEqual({
      ok: true,
      value: one,
    });
    const again = changeTemplates(one, { op: "create", templateId: "t-1", draft });
    expect(again.ok && again.value).toBe(one);
    const edit: TemplateChange = { op: "edit", templateId: "t-1", draft: { ...draft, name: "Nytt namn" } };
    const edited = unwrap(changeTemplates(one, edit));
    expect(unwrap(changeTemplates(edited, edit))).toBe(edited);
    const gone = unwrap(changeTemplates(edited, { op: "delete", templateId: "t-1" }));
    expect(gone).toEqual([]);
    expect(unwrap(changeTemplates(gone, { op: "delete", templateId: "t-1" }))).toBe(gone);
  });

  it("an edit of a template deleted on another device fails, naming it", () => {
    const r = changeTemplates([], { op: "edit", templateId: "t-gone", draft });
    expect(r.ok ? null : r.error.code).toBe("template-not-found");
  });
});

const text = fc.string({ maxLength: 40 }).filter((s) => !s.includes("{") && !s.includes("}"));
const draftArb: fc.Arbitrary<TemplateDraft> = fc.record({
  name: text.filter((s) => s.trim() !== ""),
  kind: fc.constantFrom("custom", "status-update", "interview-invitation"),
  language: fc.constantFrom("sv", "en"),
  subject: text.filter((s) => s.trim() !== "").map((s) => `${s} {{process.title}}`),
  body: text.filter((s) => s.trim() !== ""),
});
const libraryArb: fc.Arbitrary<readonly Template[]> = fc
  .uniqueArray(fc.tuple(fc.uuid(), draftArb), { selector: ([id]) => id, maxLength: 6 })
  .map((entries) => entries.map(([id, d]) => ({ id, builtIn: false, ...d })));

describe("her own templates (properties)", () => {
  it("any create then delete leaves the library as it was", () => {
    fc.assert(
      fc.property(libraryArb, fc.uuid(), draftArb, (library, id, d) => {
        fc.pre(!library.some((t) => t.id === id));
        const created = unwrap(changeTemplates(library, { op: "create", templateId: id, draft: d }));
        expect(created).toHaveLength(library.length + 1);
        expect(unwrap(changeTemplates(created, { op: "delete", templateId: id }))).toEqual(library);
      }),
    );
  });

  it("the stored document gives back exactly the templates written", () => {
    fc.assert(
      fc.property(libraryArb, (library) => {
        const read = parseTemplatesDocument(JSON.parse(templatesToJson(library)));
        expect(read).toEqual({ ok: true, value: library });
      }),
    );
  });
});

describe("the templates document", () => {
  it("refuses a document of an unknown version or with a broken template, rather than half of it", () => {
    expect(parseTemplatesDocument({ schema: "svara.templates/9", templates: [] }).ok).toBe(false);
    const broken = parseTemplatesDocument({
      schema: "svara.templates/1",
      templates: [
        { id: "a", name: "A", subject: "S", body: "B", language: "sv", kind: "custom" },
        { id: "b" },
      ],
    });
    expect(broken.ok ? null : broken.error.field).toBe("templates[1]");
  });

  it("keeps a template of a kind a newer version wrote, as her own custom one", () => {
    const read = parseTemplatesDocument({
      schema: "svara.templates/1",
      templates: [{ id: "a", name: "A", subject: "S", body: "B", language: "en", kind: "thank-you-future" }],
    });
    expect(read.ok && read.value[0]!.kind).toBe("custom");
  });
});
