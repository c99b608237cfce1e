// The first opening of a day counts that day's stocks and those of the same day a year
// before: seconds for a province's home (the closed months are kept already). So the homes
// of the units above the commune that an active officer's home opens on are counted in the
// background when the server starts and just after each midnight in Vietnam, one unit at a
// time; their first opening then reads the kept counts. A commune's home is quick anyway.
import type { Db } from "@danso/db";
import { msUntilNextDayInVietnam, todayInVietnam } from "@danso/domain";
import { keyFiguresAndSubunits } from "./workspace.js";

const OFFICERS_ABOVE_COMMUNE = ["CENTRAL_OFFICER", "PROVINCE_OFFICER", "DISTRICT_OFFICER"] as const;
const COMMUNE_LEVEL = 3;

/** Counts the homes of today's units above the commune with an active officer; their codes. */
export async function warmWorkspaces(db: Db, today = todayInVietnam()): Promise<string[]> {
  const units = await db.adminUnit.findMany({
    where: { validTo: null, level: { lt: COMMUNE_LEVEL }, users: { some: { active: true, role: { in: [...OFFICERS_ABOVE_COMMUNE] } } } },
    orderBy: [{ level: "desc" }, { code: "asc" }],
  });
  for (const unit of units) await keyFiguresAndSubunits({ db, today }, unit, today);
  return units.map((u) => u.code);
}

/** Warms now and after every midnight until stopped; failures are logged, never thrown. */
export function warmWorkspacesDaily(db: Db, log: (line: string) => void = () => {}): () => void {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const run = async () => {
    const started = Date.now();
    try {
      const codes = await warmWorkspaces(db);
      log(`Đã tính sẵn trang chủ của ${codes.length} đơn vị (workspace homes warmed: ${codes.join(", ")}) trong ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } catch (error) {
      log(`Không tính sẵn được trang chủ (warming the workspace homes failed): ${(error as Error).message}`);
    }
    // A minute past midnight: the new day's periods so far.
    if (!stopped) timer = setTimeout(run, msUntilNextDayInVietnam() + 60_000).unref();
  };
  timer = setTimeout(run, 0).unref();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
