// /api/yearbooks/30/2025/pdf | xlsx: the population yearbook of a province (or VN) (audited).
import type { NextRequest } from "next/server";
import { serveDownload, yearbookDownload } from "@danso/api";
import { requestContext } from "../../../../../../auth/request-context";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest, { params }: { params: Promise<{ unit: string; year: string; format: string }> }) {
  const { unit, year, format } = await params;
  if (format !== "pdf" && format !== "xlsx") return Response.json({ error: { code: "NOT_FOUND", message: "Định dạng không có (pdf, xlsx)." } }, { status: 404 });
  const ctx = await requestContext(request);
  return serveDownload(() => yearbookDownload(ctx, unit, Number(year), format));
}
