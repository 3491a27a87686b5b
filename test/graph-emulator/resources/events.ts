import type { Router } from "../router";
export function registerEvents(_router: Router): void {}
