import { err, ok } from "../../../src/domain/result";
import { foundOrMade } from "../../../src/graph/adapters-support/findOrMake";
import { offlineError } from "../../../src/graph/graphError";

const answer = (id: string | undefined) => ok({ status: 201, body: { id }, headers: {}, attempts: 1 });

describe("the Svara list and notebook are made once, and only once", () => {
  it("finds the one already there and asks Graph only the first time", async () => {
    const find = jest.fn(async () => ok("list-1"));
    const make = jest.fn(async () => answer("list-2"));
    const svaraList = foundOrMade(find, make, "todo list");
    expect(await svaraList()).toEqual(ok("list-1"));
    expect(await svaraList()).toEqual(ok("list-1"));
    expect(find).toHaveBeenCalledTimes(1);
    expect(make).not.toHaveBeenCalled();
  });

  it("looks again when the create's answer was lost, and takes the one it made", async () => {
    const find = jest.fn().mockResolvedValueOnce(ok(null)).mockResolvedValueOnce(ok("list-1"));
    const make = jest.fn(async () => err({ ...offlineError(new Error("cut")), attempts: 1 }));
    expect(await foundOrMade(find, make, "todo list")()).toEqual(ok("list-1"));
    expect(make).toHaveBeenCalledTimes(1);
  });

  it("says Graph answered without an id when the look finds nothing either", async () => {
    const find = jest.fn(async () => ok(null));
    const made = await foundOrMade(find, async () => answer(undefined), "notebook")();
    expect(!made.ok && made.error.code).toBe("graph-missing-id");
  });
});
