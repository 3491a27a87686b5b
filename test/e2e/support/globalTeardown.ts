export default async function globalTeardown() {
  const running = (globalThis as Record<string, unknown>).__svaraE2e as
    { emulator: { close(): Promise<void> }; web: { close(): Promise<void> } } | undefined;
  await Promise.all([running?.emulator.close(), running?.web.close()]);
}
