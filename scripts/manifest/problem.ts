/** One thing wrong with the manifest, named so a reader can find it. */
export interface Problem {
  /** Which check found it: order, resid, icon, url, identity, unified, xml. */
  check: string;
  message: string;
}

/** What each check module returns: its problems and how many assertions it made. */
export interface CheckResult {
  problems: Problem[];
  checks: number;
}

/** Collects problems and counts assertions; `expect(false, …)` records a problem. */
export class Tally {
  readonly problems: Problem[] = [];
  checks = 0;

  constructor(private readonly check: string) {}

  expect(ok: boolean, message: string): boolean {
    this.checks += 1;
    if (!ok) this.problems.push({ check: this.check, message });
    return ok;
  }

  result(): CheckResult {
    return { problems: this.problems, checks: this.checks };
  }
}
