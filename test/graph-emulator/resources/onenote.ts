import type { Router } from "../router";
export function registerOneNote(_router: Router): void {}
