import type { Store } from "../store";
import { emptyStore } from "./base";
export function seedScale(_now: Date): Store {
  return emptyStore();
}
