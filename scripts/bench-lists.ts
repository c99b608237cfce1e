// `pnpm bench lists`: exporting the military call-up list through the same code as
// /api/lists (scope, counts, audit line, one commune at a time): for the largest district of
// the full-size province on 30 June 2025 (the last day districts existed) in each format,
// and for the whole of today's city as Excel. Prints the time, rows, bytes and the peak of
// the process's resident memory above what it held before the export.
import { createContext, listDownload, loadViewer, type ListFormat } from "@danso/api";
import { getDb } from "@danso/db";
import { todayInVietnam } from "@danso/domain";

async function timed(run: () => Promise<ReadableStream<Uint8Array>>): Promise<{ seconds: number; bytes: number; peakMb: number }> {
  global.gc?.();
  const base = process.memoryUsage().rss;
  let peak = base;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const t = performance.now();
  let bytes = 0;
  try {
    const reader = (await run()).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      peak = Math.max(peak, process.memoryUsage().rss);
    }
  } finally {
    clearInterval(sampler);
  }
  return { seconds: (performance.now() - t) / 1000, bytes, peakMb: (peak - base) / 1048576 };
}

export async function benchLists(url: string, log: (line: string) => void = console.log): Promise<void> {
  log("\n== lists: the military call-up list, exported as /api/lists does ==");
  const db = getDb(url);
  const user = await db.user.findUniqueOrThrow({ where: { login: "danhsach" } });
  // The demo exporter works for today's city; the bench's exporter reaches the old tree too.
  const viewer = { ...(await loadViewer(db, user.id))!, unitPath: "VN", historyPaths: [] };
  const [district] = await db.$queryRawUnsafe<{ code: string; name: string; n: bigint }[]>(
    `SELECT d.code, d.name, count(*) AS n FROM residence r JOIN admin_unit c ON c.id = r.unit_id JOIN admin_unit d ON d.id = c.parent_id
      WHERE d.level = 2 AND r.valid_from <= '2025-06-30' AND (r.valid_to IS NULL OR r.valid_to > '2025-06-30')
      GROUP BY d.code, d.name ORDER BY n DESC LIMIT 1`);
  const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;
  const runs: { label: string; unit: string; date: string; format: ListFormat }[] = [
    ...(["xlsx", "csv", "pdf"] as const).map((format) => ({ label: `${district!.name} (${Number(district!.n).toLocaleString("vi-VN")} residents), 30/06/2025`, unit: district!.code, date: "2025-06-30", format })),
    { label: "Thành phố Hải Phòng today", unit: "31", date: todayInVietnam(), format: "xlsx" },
  ];
  for (const run of runs) {
    const ctx = createContext(db, viewer, { ip: "bench", userAgent: "bench" }, () => "bench");
    let rows = 0;
    const r = await timed(async () => {
      const file = await listDownload(ctx, { code: "MILITARY_CALLUP", unitCode: run.unit, date: run.date, format: run.format });
      const audit = await db.auditLog.findFirstOrThrow({ where: { action: "export.list" }, orderBy: { id: "desc" } });
      rows = (audit.details as { total: number }).total;
      return file.stream;
    });
    log(`  ${run.label}, ${run.format.toUpperCase()}: ${rows.toLocaleString("vi-VN")} men, ${mb(r.bytes)} in ${r.seconds.toFixed(1)} s; peak memory +${r.peakMb.toFixed(0)} MB`);
  }
}
