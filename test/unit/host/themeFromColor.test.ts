import { themeFromBackground } from "../../../src/host/themeFromColor";

describe("reading Office's theme from its colours", () => {
  it.each([
    ["#ffffff", "light"],
    ["#f3f2f1", "light"],
    ["#262626", "dark"],
    ["000000", "dark"],
    ["#808080", "light"],
    ["#595959", "dark"],
    [undefined, "light"],
    ["rgb(0,0,0)", "light"],
  ])("background %s reads as %s", (color, theme) => {
    expect(themeFromBackground(color)).toBe(theme);
  });
});
