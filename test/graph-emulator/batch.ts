import type { Faults } from "./faults";
import type { Router } from "./router";
export function registerBatch(_router: Router, _faults: Faults): void {}
