// Liveness and database check for launchers and monitors: 200 {status:"ok"} when
// PostgreSQL answers, 503 otherwise.
import { connection } from "next/server";
import { getDb } from "@danso/db";

export async function GET(): Promise<Response> {
  await connection();
  try {
    await getDb().$queryRaw`SELECT 1`;
    return Response.json({ status: "ok" });
  } catch (error) {
    console.error("Health check failed:", error);
    return Response.json({ status: "error" }, { status: 503 });
  }
}
