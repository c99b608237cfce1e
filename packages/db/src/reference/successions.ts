// Loads the successions of the 1 July 2025 reorganisation (data/vn/reorg-2025-07.json)
// into unit_succession, once: each old province into its new province, each old district
// into the new province that took its territory, each old commune into the new commune(s)
// that took it (FULL, or PARTIAL for the 460 divided communes), and the five island
// districts without communes into the special zones they became.
import { readFileSync } from "node:fs";
import type pg from "pg";
import { repoPath } from "../paths.js";
import { copyRows } from "../sql/copy.js";
import { REORGANISATION_2025 } from "./trees.js";

interface ReorgFile {
  effective: string;
  provinces: { new: string; old: string[] }[];
  communes: { new: string; old: [string, "full" | "partial"][] }[];
  oldDistrictToNewProvince: Record<string, string>;
}

const LEGAL_BASIS = {
  province: "Nghị quyết 202/2025/QH15",
  commune: "Nghị quyết 1654–1687/NQ-UBTVQH15",
};

export interface SuccessionRow {
  predecessorCode: string;
  successorCode: string;
  kind: "FULL" | "PARTIAL";
  /** PARTIAL: the predecessor's share going to this successor (equal shares). */
  share: number | null;
  legalBasis: string;
}

/** The links of the file, old code → new code (codes of the two trees). */
export function reorganisationLinks(file = "reorg-2025-07.json"): SuccessionRow[] {
  const reorg = JSON.parse(readFileSync(repoPath("data", "vn", file), "utf8")) as ReorgFile;
  if (reorg.effective !== REORGANISATION_2025) throw new Error(`${file} takes effect on ${reorg.effective}, expected ${REORGANISATION_2025}`);
  const rows: SuccessionRow[] = [];
  for (const p of reorg.provinces) for (const old of p.old) rows.push({ predecessorCode: old, successorCode: p.new, kind: "FULL", share: null, legalBasis: LEGAL_BASIS.province });
  for (const [district, province] of Object.entries(reorg.oldDistrictToNewProvince)) {
    rows.push({ predecessorCode: district, successorCode: province, kind: "FULL", share: null, legalBasis: LEGAL_BASIS.province });
  }
  const successorsOf = new Map<string, number>();
  for (const c of reorg.communes) for (const [old] of c.old) successorsOf.set(old, (successorsOf.get(old) ?? 0) + 1);
  for (const c of reorg.communes) {
    for (const [old, link] of c.old) {
      const kind = link === "full" ? "FULL" : "PARTIAL";
      rows.push({ predecessorCode: old, successorCode: c.new, kind, share: kind === "PARTIAL" ? 1 / successorsOf.get(old)! : null, legalBasis: LEGAL_BASIS.commune });
    }
  }
  return rows;
}

/** Inserts the reorganisation's successions if none is recorded. Returns the rows added. */
export async function ensureSuccessions(client: pg.ClientBase): Promise<number> {
  const present = await client.query("SELECT 1 FROM unit_succession WHERE effective_on = $1 LIMIT 1", [REORGANISATION_2025]);
  if (present.rowCount) return 0;
  // Old units are those valid the day before, new ones those valid on the day; a district
  // code (3 digits) and a commune code (5) never collide within one tree.
  const { rows: units } = await client.query<{ id: number; code: string; old: boolean }>(
    `SELECT id, code, valid_to = $1::date AS old FROM admin_unit
      WHERE level > 0 AND (valid_to = $1::date OR valid_from = $1::date)`,
    [REORGANISATION_2025],
  );
  const oldId = new Map(units.filter((u) => u.old).map((u) => [u.code, u.id]));
  const newId = new Map(units.filter((u) => !u.old).map((u) => [u.code, u.id]));
  const rows = reorganisationLinks().map((l) => {
    const p = oldId.get(l.predecessorCode), s = newId.get(l.successorCode);
    if (p === undefined || s === undefined) throw new Error(`Succession ${l.predecessorCode} → ${l.successorCode}: unit not loaded`);
    return [p, s, l.kind, REORGANISATION_2025, l.legalBasis, l.share] as const;
  });
  await copyRows(client, "unit_succession", ["predecessor_id", "successor_id", "kind", "effective_on", "legal_basis", "share"], rows);
  return rows.length;
}
