import * as domain from "../../src/domain";

it("loads the domain layer", () => {
  expect(domain).toBeDefined();
});
