// Time for tests: now() stands still until advance() moves it, and sleep() resolves only when
// the clock has passed its moment — so "not before the delay" is something a test can check.

export class FakeClock {
  private sleepers: { at: number; resolve: () => void }[] = [];

  constructor(public ms = Date.parse("2026-11-25T09:00:00.000Z")) {}

  readonly now = (): number => this.ms;

  readonly sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => this.sleepers.push({ at: this.ms + ms, resolve }));

  iso(): string {
    return new Date(this.ms).toISOString();
  }

  /** Moves time on and lets whatever was waiting for it run. */
  async advance(ms: number): Promise<void> {
    this.ms += ms;
    const due = this.sleepers.filter((s) => s.at <= this.ms);
    this.sleepers = this.sleepers.filter((s) => s.at > this.ms);
    due.forEach((s) => s.resolve());
    await settle();
  }

  pendingSleeps(): number {
    return this.sleepers.length;
  }
}

/** Lets promise chains and fake-indexeddb's timers run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise((r) => setImmediate(r));
}
