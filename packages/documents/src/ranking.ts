// Ranking child units by one indicator, the same in PDF and XLSX: ties share a rank
// (1, 2, 2, 4), units without a value come last without a rank.
import type { CellValue, RankingSection } from "./model.js";

export type RankMark = "best" | "worst" | null;

export interface RankedEntry {
  rank: number | null;
  code: string;
  label: string;
  value: CellValue;
  mark: RankMark;
}

export const RANK_MARK_TEXT: Record<Exclude<RankMark, null>, string> = { best: "▲ Tốt nhất", worst: "▼ Kém nhất" };

export function rankEntries(section: RankingSection): RankedEntry[] {
  const sign = section.better === "higher" ? -1 : 1;
  const withValue = section.entries.filter((e): e is typeof e & { value: number } => e.value !== null && Number.isFinite(e.value));
  const sorted = [...withValue].sort((a, b) => sign * (a.value - b.value) || a.label.localeCompare(b.label, "vi"));
  const ranked: RankedEntry[] = [];
  sorted.forEach((e, i) => {
    const prev = ranked[i - 1];
    const rank = prev && prev.value === e.value ? prev.rank : i + 1;
    ranked.push({ rank, code: e.code, label: e.label, value: e.value, mark: null });
  });
  const first = sorted[0]?.value;
  const last = sorted.at(-1)?.value;
  // With one distinct value there is no best nor worst to point at.
  if (first !== undefined && last !== undefined && first !== last) {
    for (const r of ranked) r.mark = r.value === first ? "best" : r.value === last ? "worst" : null;
  }
  const missing = section.entries.filter((e) => !withValue.includes(e as (typeof withValue)[number]));
  return [...ranked, ...missing.map((e): RankedEntry => ({ rank: null, code: e.code, label: e.label, value: null, mark: null }))];
}
