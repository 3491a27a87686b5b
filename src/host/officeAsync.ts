import { err, ok, type AppError, type Result } from "../domain/result";

/**
 * Office.js reports success through a callback with an AsyncResult. Wrapping that once here keeps
 * every other file promise-shaped and turns Office's failures into AppError values.
 */
export function officeAsync<T>(
  call: (callback: (result: Office.AsyncResult<T>) => void) => void,
  onError: (cause: unknown) => AppError,
): Promise<Result<T>> {
  return new Promise((resolve) => {
    try {
      call((result) => {
        if (result.status === Office.AsyncResultStatus.Succeeded) resolve(ok(result.value));
        else resolve(err(onError(result.error)));
      });
    } catch (cause) {
      // Some Office.js methods throw synchronously (wrong mode, missing requirement set).
      resolve(err(onError(cause)));
    }
  });
}
