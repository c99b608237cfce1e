// /api/projections/xlsx?unit=31&baseYear=2026&horizon=2050&scenario=CUSTOM&tfr=2030:1.8,2040:2.1
// (optional srb, e0Male, e0Female, migrationFactor) or /api/projections/csv?saved=12: a
// population projection as a file (audited; within the viewer's statistics scope).
import type { NextRequest } from "next/server";
import { PROJECTION_FORMATS, projectionDownload, projectionQuery, serveDownload } from "@danso/api";
import { requestContext } from "../../../../auth/request-context";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest, { params }: { params: Promise<{ format: string }> }) {
  const { format } = await params;
  const found = PROJECTION_FORMATS.find((f) => f === format);
  if (!found) return Response.json({ error: { code: "NOT_FOUND", message: "Định dạng không có (xlsx, csv)." } }, { status: 404 });
  const ctx = await requestContext(request);
  // Parsed inside serveDownload: a malformed number answers 400 with its message.
  return serveDownload(async () => projectionDownload(ctx, { ...projectionQuery(request.nextUrl.searchParams), format: found }));
}
