import type { Router } from "../router";
export function registerTodo(_router: Router): void {}
