import { scriptsBeforeFirstPaint } from "../../../scripts/bench/bundleSize";
import { table } from "../../../scripts/bench/figure";

describe("the first-paint budget counts what the pane's HTML loads", () => {
  it("counts our scripts and leaves office.js out, from the CDN or the package", () => {
    const html = `<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>
      <script src="office/office.js"></script><script defer="defer" src="taskpane.1234.js"></script>
      <script src=vendor.js></script>`;
    expect(scriptsBeforeFirstPaint(html)).toEqual(["taskpane.1234.js", "vendor.js"]);
  });

  it("prints figures as a table that flags what is over budget", () => {
    const out = table([
      { name: "a", measured: "1", budget: "2", pass: true },
      { name: "bb", measured: "3", budget: "2", pass: false },
    ]);
    expect(out.split("\n")).toHaveLength(4);
    expect(out.split("\n")[3]).toMatch(/^\| bb +\| 3 +\| 2 +\| OVER \|$/);
  });
});
