import { Tally, type CheckResult } from "./problem";
import { describe, walk, walkLayer, type XmlElement } from "./xmlTree";

/** Groups, controls and menu items carry an id that must be unique in the manifest (≤ 125 chars). */
const ID_ELEMENTS = new Set(["Group", "Control", "Item", "CustomTab"]);

/**
 * A copied ExtensionPoint with its ids left unchanged makes Outlook drop one of the buttons. Ids
 * are unique per VersionOverrides layer: a client reads one layer, so the 1.1 layer repeats the
 * 1.0 layer's buttons with the same ids (as Microsoft's samples do).
 */
export function checkControlIds(root: XmlElement): CheckResult {
  const tally = new Tally("id");
  const layers = [...walk(root)].filter((el) => el.name === "VersionOverrides");
  for (const layer of layers) {
    const seen = new Map<string, XmlElement>();
    for (const el of walkLayer(layer)) {
      if (!ID_ELEMENTS.has(el.name)) continue;
      const id = el.attrs.id ?? "";
      tally.expect(
        id.length > 0 && id.length <= 125,
        `${describe(el)} at ${el.path} needs an id of 1 to 125 characters`,
      );
      const first = seen.get(id);
      tally.expect(
        first === undefined,
        `${describe(el)} at ${el.path} reuses the id of the one at ${first?.path ?? ""}; ids must be unique`,
      );
      if (!first) seen.set(id, el);
    }
  }
  return tally.result();
}
