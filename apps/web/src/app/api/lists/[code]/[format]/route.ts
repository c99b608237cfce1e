// /api/lists/MILITARY_CALLUP/xlsx?unit=10507&date=2026-11-01: a person list as a file,
// streamed (audited; only for holders of the list permission, inside their units).
import type { NextRequest } from "next/server";
import { listDownload, LIST_FORMATS, serveDownload } from "@danso/api";
import { requestContext } from "../../../../../auth/request-context";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest, { params }: { params: Promise<{ code: string; format: string }> }) {
  const { code, format } = await params;
  const found = LIST_FORMATS.find((f) => f === format);
  if (!found) return Response.json({ error: { code: "NOT_FOUND", message: "Định dạng không có (xlsx, csv, pdf)." } }, { status: 404 });
  const unit = request.nextUrl.searchParams.get("unit") ?? "";
  const ctx = await requestContext(request);
  return serveDownload(() => listDownload(ctx, { code, unitCode: unit, date: request.nextUrl.searchParams.get("date"), format: found }));
}
