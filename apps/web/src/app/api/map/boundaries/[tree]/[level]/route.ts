// /api/map/boundaries/2025-03/2?v=<version>: the TopoJSON of a level's boundaries (public,
// cached for good under its version).
import type { NextRequest } from "next/server";
import { boundaryResponse } from "@danso/api";
import { getDb } from "@danso/db";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest, { params }: { params: Promise<{ tree: string; level: string }> }) {
  const { tree, level } = await params;
  return boundaryResponse(getDb(), tree, level, request.nextUrl.searchParams.get("v"), request.headers.get("if-none-match"));
}
