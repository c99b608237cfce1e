// POST /api/map/boundaries/import?tree=2025-07&level=3&fileName=xa.geojson with the file
// (GeoJSON or TopoJSON) as an application/json body: an administrator's boundary import.
// JSON only, as /api/graphql: a cross-site form cannot send it without a CORS preflight.
import type { NextRequest } from "next/server";
import { ApiError, errorResponse, importBoundaries, MAX_BOUNDARY_BYTES } from "@danso/api";
import { requestContext } from "../../../../../auth/request-context";

export const dynamic = "force-dynamic";

const refuse = (status: number, message: string, messageEn: string) => Response.json({ error: { code: "BAD_REQUEST", message, messageEn } }, { status });

export async function POST(request: NextRequest) {
  if (!request.headers.get("content-type")?.startsWith("application/json")) {
    return refuse(415, "Hãy gửi tệp GeoJSON hoặc TopoJSON (Content-Type: application/json).", "Send a GeoJSON or TopoJSON file (Content-Type: application/json).");
  }
  const length = Number(request.headers.get("content-length") ?? NaN);
  if (!Number.isFinite(length)) return refuse(411, "Thiếu độ dài tệp (Content-Length).", "Content-Length required.");
  if (length > MAX_BOUNDARY_BYTES) return refuse(413, `Tệp quá lớn: tối đa ${MAX_BOUNDARY_BYTES / 1_000_000} MB.`, "File too large.");
  const q = request.nextUrl.searchParams;
  const ctx = await requestContext(request);
  try {
    const result = await importBoundaries(ctx, { tree: q.get("tree") ?? "", level: Number(q.get("level")), fileName: q.get("fileName") ?? "", text: await request.text() });
    return Response.json(result);
  } catch (error) {
    if (error instanceof ApiError) return errorResponse(error);
    throw error;
  }
}
