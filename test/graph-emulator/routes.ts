// Every Graph path the emulator serves, assembled from the resource modules.
import { registerBatch } from "./batch";
import type { Faults } from "./faults";
import { registerCategories } from "./resources/categories";
import { registerDrive } from "./resources/drive";
import { registerEvents } from "./resources/events";
import { registerMe } from "./resources/me";
import { registerMessages } from "./resources/messages";
import { registerOneNote } from "./resources/onenote";
import { registerTodo } from "./resources/todo";
import { Router } from "./router";

export function buildRouter(parts: { faults: Faults }): Router {
  const router = new Router();
  registerMe(router);
  registerMessages(router);
  registerCategories(router);
  registerEvents(router);
  registerTodo(router);
  registerOneNote(router);
  registerDrive(router);
  registerBatch(router, parts.faults);
  return router;
}
