import { exportFileStem, isExportFileOf } from "../../../src/domain/exportFileNames";

describe("finding a candidate's saved exports by their file names, to erase them", () => {
  it("finds her HTML and JSON of any day by the name they were saved under", () => {
    const stem = exportFileStem("Inés Ñúñez-Åkerlund", "2026-11-29T10:00:00.000Z");
    expect(isExportFileOf(`${stem}.html`, "Inés Ñúñez-Åkerlund")).toBe(true);
    expect(isExportFileOf(`${stem}.json`, "Inés Ñúñez-Åkerlund")).toBe(true);
    expect(isExportFileOf("svara-export-ines-nunez-akerlund-2025-01-02.json", "Inés Ñúñez-Åkerlund")).toBe(
      true,
    );
  });

  it("leaves a longer name that starts like hers, and files that are not exports", () => {
    expect(isExportFileOf("svara-export-anna-karin-berg-2026-11-29.html", "Anna")).toBe(false);
    expect(isExportFileOf("svara-export-anna-2026-11-29.html", "Anna Karin")).toBe(false);
    expect(isExportFileOf("svara-export-anna-2026-11-29.html.bak", "Anna")).toBe(false);
    expect(isExportFileOf("anteckningar-anna-2026-11-29.html", "Anna")).toBe(false);
  });
});
