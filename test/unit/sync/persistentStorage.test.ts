import { requestPersistentStorage } from "../../../src/sync/persistentStorage";

describe("requesting persistent storage", () => {
  it("does not ask again when storage is already persistent", async () => {
    const storage = { persisted: jest.fn(async () => true), persist: jest.fn(async () => true) };
    await expect(requestPersistentStorage(storage)).resolves.toBe(true);
    expect(storage.persist).not.toHaveBeenCalled();
  });

  it("treats a refusal or an error as 'not persistent', never as a failure to save", async () => {
    await expect(requestPersistentStorage({ persist: async () => false })).resolves.toBe(false);
    await expect(
      requestPersistentStorage({ persist: async () => Promise.reject(new Error("nope")) }),
    ).resolves.toBe(false);
    await expect(requestPersistentStorage(undefined)).resolves.toBe(false);
  });
});
