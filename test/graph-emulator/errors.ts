// Graph's error JSON and the errors the emulator's handlers throw. Each workload of Graph has its own
// codes (Outlook "ErrorItemNotFound", OneDrive "itemNotFound", OneNote numeric codes): we keep them.
export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export interface GraphErrorBody {
  error: {
    code: string;
    message: string;
    innerError: { date: string; "request-id": string; "client-request-id": string };
  };
}

export function errorBody(
  code: string,
  message: string,
  requestId: string,
  clientRequestId: string,
  date: Date,
): GraphErrorBody {
  return {
    error: {
      code,
      message,
      innerError: {
        date: date.toISOString().replace(/\.\d{3}Z$/, ""),
        "request-id": requestId,
        "client-request-id": clientRequestId,
      },
    },
  };
}

export const badRequest = (message: string, code = "BadRequest"): GraphError =>
  new GraphError(400, code, message);

export const outlookNotFound = (): GraphError =>
  new GraphError(404, "ErrorItemNotFound", "The specified object was not found in the store.");

export const driveNotFound = (): GraphError =>
  new GraphError(404, "itemNotFound", "The resource could not be found.");

export const oneNoteNotFound = (): GraphError =>
  new GraphError(404, "20102", "The specified resource ID does not exist.");

export const outlookStale = (): GraphError =>
  new GraphError(
    412,
    "ErrorIrresolvableConflict",
    "The send or update operation could not be performed because the change key passed in the request does not match the current change key for the item.",
  );

export const driveStale = (): GraphError =>
  new GraphError(412, "resourceModified", "ETag does not match current item's value");

export const unknownSegment = (segment: string): GraphError =>
  new GraphError(400, "BadRequest", `Resource not found for the segment '${segment}'.`);
