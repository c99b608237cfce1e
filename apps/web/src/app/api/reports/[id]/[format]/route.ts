// /api/reports/123/pdf | xlsx | csv: a stored report version as a file (audited).
import type { NextRequest } from "next/server";
import { reportDownload, serveDownload, type ReportFormat } from "@danso/api";
import { requestContext } from "../../../../../auth/request-context";

export const dynamic = "force-dynamic";
const FORMATS = new Set(["pdf", "xlsx", "csv"]);

export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string; format: string }> }) {
  const { id, format } = await params;
  if (!FORMATS.has(format)) return Response.json({ error: { code: "NOT_FOUND", message: "Định dạng không có (pdf, xlsx, csv)." } }, { status: 404 });
  const ctx = await requestContext(request);
  return serveDownload(() => reportDownload(ctx, id, format as ReportFormat));
}
