// Serving a download over HTTP: the file with its name, or the error as JSON with the
// status a browser or script expects (401, 403, 404, 400); route handlers answer their errors the same way.
import { ApiError } from "../errors.js";
import type { FileDownload } from "./report-download.js";
import type { StreamDownload } from "./list-download.js";

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400 };

export async function serveDownload(make: () => Promise<FileDownload | StreamDownload>): Promise<Response> {
  try {
    const file = await make();
    return new Response("stream" in file ? file.stream : new Uint8Array(file.body), {
      headers: {
        "content-type": file.contentType,
        "content-disposition": `attachment; filename="${file.filename}"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof ApiError) return errorResponse(error);
    throw error;
  }
}

/** An API error as JSON with its HTTP status (and the field errors, when it has some). */
export function errorResponse(error: ApiError): Response {
  const { code, message, messageEn } = error;
  const fieldErrors = error.details.fieldErrors;
  return Response.json({ error: { code, message, messageEn, ...(fieldErrors ? { fieldErrors } : {}) } }, { status: STATUS[code] ?? 400 });
}
