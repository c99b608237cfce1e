// Migration (Biểu 01-DSH row 9 and the unconfirmed rows after it; domain guide § 5,
// "Migration depends on the unit"): a move is migration for a unit only when it crosses the
// unit's boundary, so a move between two districts of a province is an out- and an in-move
// for both districts and their communes and nothing for the province.
import type { Label } from "../../codes/labels.js";
import { MOVE_SCOPES, type MoveScope } from "../base-counts.js";
import { rateOf } from "../formulas.js";
import type { IndicatorDefinition } from "../types.js";
import { movesIn, movesOut, persons, TEXT } from "./totals.js";

const SCOPE_IN: Record<MoveScope, Label> = {
  SAME_DISTRICT: { vi: "Từ xã khác cùng huyện", en: "From another commune of the same district" },
  OTHER_DISTRICT: { vi: "Từ huyện khác cùng tỉnh", en: "From another district of the same province" },
  OTHER_PROVINCE: { vi: "Từ tỉnh khác", en: "From another province" },
  ABROAD_UNKNOWN: { vi: "Từ nước ngoài hoặc không rõ", en: "From abroad or unknown" },
};
const SCOPE_OUT: Record<MoveScope, Label> = {
  SAME_DISTRICT: { vi: "Đến xã khác cùng huyện", en: "To another commune of the same district" },
  OTHER_DISTRICT: { vi: "Đến huyện khác cùng tỉnh", en: "To another district of the same province" },
  OTHER_PROVINCE: { vi: "Đến tỉnh khác", en: "To another province" },
  ABROAD_UNKNOWN: { vi: "Ra nước ngoài hoặc không rõ", en: "Abroad or unknown" },
};

const scopeNoteVi = "Nơi đi (nơi đến) được phân loại theo quan hệ với xã nơi người đó đến (rời đi); với báo cáo huyện chỉ còn các loại từ huyện khác, từ tỉnh khác; với báo cáo tỉnh chỉ còn loại từ tỉnh khác.";
const scopeNoteEn = "The origin (destination) is classified relative to the commune of arrival (departure); a district report has only other-district and other-province moves, a province report only other-province moves.";

const scopeRows = (direction: "IN" | "OUT"): IndicatorDefinition[] =>
  MOVE_SCOPES.map((scope) => {
    const label = (direction === "IN" ? SCOPE_IN : SCOPE_OUT)[scope];
    return {
      code: `MOVES_${direction}_${scope}`, theme: "MIGRATION", kind: "flow", unit: "PERSONS", decimals: 0,
      name: label, needs: [`MOVES_${direction}_${scope}`],
      formula: (b) => b.counts[`MOVES_${direction}_${scope}`],
      definition: {
        vi: `Số người chuyển ${direction === "IN" ? "đến" : "đi"} trong kỳ, ${label.vi.toLowerCase()}. ${TEXT.withinVi}`,
        en: `Persons who moved ${direction === "IN" ? "in" : "out"} in the period, ${label.en.toLowerCase()}. ${TEXT.withinEn}`,
      },
    };
  });

export const MIGRATION_INDICATORS: IndicatorDefinition[] = [
  {
    code: "MOVES_IN", theme: "MIGRATION", kind: "flow", unit: "PERSONS", decimals: 0,
    name: { vi: "Số người chuyển đến trong kỳ", en: "Persons who moved in" },
    needs: MOVE_SCOPES.map((s) => `MOVES_IN_${s}` as const), formula: movesIn,
    definition: { vi: `Số nhân khẩu thường trú chuyển đến từ ngoài đơn vị trong kỳ, theo ngày chuyển đến. ${TEXT.withinVi} ${scopeNoteVi}`, en: `Residents who moved in from outside the unit in the period, by date of arrival. ${TEXT.withinEn} ${scopeNoteEn}` },
  },
  ...scopeRows("IN"),
  {
    code: "MOVES_OUT", theme: "MIGRATION", kind: "flow", unit: "PERSONS", decimals: 0,
    name: { vi: "Số người chuyển đi trong kỳ", en: "Persons who moved out" },
    needs: MOVE_SCOPES.map((s) => `MOVES_OUT_${s}` as const), formula: movesOut,
    definition: { vi: `Số nhân khẩu thường trú chuyển đi khỏi đơn vị trong kỳ, theo ngày chuyển đi. ${TEXT.withinVi} ${scopeNoteVi}`, en: `Residents who moved out of the unit in the period, by date of departure. ${TEXT.withinEn} ${scopeNoteEn}` },
  },
  ...scopeRows("OUT"),
  {
    code: "MOVES_OUT_AWAITING_ARRIVAL", theme: "MIGRATION", kind: "flow", unit: "PERSONS", decimals: 0,
    name: { vi: "Chuyển đi, nơi đến chưa ghi nhận", en: "Moved out, arrival not yet recorded" },
    needs: ["MOVES_OUT_AWAITING_ARRIVAL"],
    formula: (b) => b.counts.MOVES_OUT_AWAITING_ARRIVAL,
    definition: {
      vi: "Trong số người chuyển đi: những người chuyển đến một xã trong sổ mà xã đó chưa ghi nhận đến. Họ không còn trong dân số của nơi đi và chưa có trong dân số nơi đến, nên được tính là chuyển đi ở mọi cấp (kể cả cấp chứa cả hai xã) cho đến khi nơi đến ghi nhận; khi đó số liệu của kỳ được tính lại thành di chuyển nội bộ.",
      en: "Of the persons who moved out: those bound for a commune of the register that has not recorded their arrival. They are in neither commune's population, so they count as moved out at every level (also the one holding both communes) until the arrival is recorded; the period's figures then become an internal move.",
    },
  },
  {
    code: "NET_MIGRATION", theme: "MIGRATION", kind: "flow", unit: "PERSONS", decimals: 0,
    name: { vi: "Số di cư thuần", en: "Net migration" },
    needs: MOVE_SCOPES.flatMap((s) => [`MOVES_IN_${s}`, `MOVES_OUT_${s}`] as const),
    formula: (b) => movesIn(b) - movesOut(b),
    definition: { vi: "Số người chuyển đến − số người chuyển đi trong kỳ.", en: "Moves in − moves out in the period." },
  },
  {
    code: "IN_MIGRATION_RATE", theme: "MIGRATION", kind: "rate", unit: "PER_MILLE", decimals: 2,
    name: { vi: "Tỷ suất nhập cư", en: "In-migration rate" },
    needs: [...MOVE_SCOPES.map((s) => `MOVES_IN_${s}` as const), "POP_MID"], params: ["annualise"],
    ...rateOf((b) => [movesIn(b), persons(b, "POP_MID")], 1000, true),
    definition: { vi: `Số người chuyển đến / dân số giữa kỳ × 1000. ${TEXT.withinVi} ${TEXT.annualisedVi}`, en: `Moves in / mid-period population × 1000. ${TEXT.withinEn} ${TEXT.annualisedEn}` },
  },
  {
    code: "OUT_MIGRATION_RATE", theme: "MIGRATION", kind: "rate", unit: "PER_MILLE", decimals: 2,
    name: { vi: "Tỷ suất xuất cư", en: "Out-migration rate" },
    needs: [...MOVE_SCOPES.map((s) => `MOVES_OUT_${s}` as const), "POP_MID"], params: ["annualise"],
    ...rateOf((b) => [movesOut(b), persons(b, "POP_MID")], 1000, true),
    definition: { vi: `Số người chuyển đi / dân số giữa kỳ × 1000. ${TEXT.withinVi} ${TEXT.annualisedVi}`, en: `Moves out / mid-period population × 1000. ${TEXT.withinEn} ${TEXT.annualisedEn}` },
  },
  {
    code: "NET_MIGRATION_RATE", theme: "MIGRATION", kind: "rate", unit: "PER_MILLE", decimals: 2,
    name: { vi: "Tỷ suất di cư thuần", en: "Net migration rate" },
    needs: [...MOVE_SCOPES.flatMap((s) => [`MOVES_IN_${s}`, `MOVES_OUT_${s}`] as const), "POP_MID"], params: ["annualise"],
    ...rateOf((b) => [movesIn(b) - movesOut(b), persons(b, "POP_MID")], 1000, true),
    definition: { vi: `(Số người chuyển đến − số người chuyển đi) / dân số giữa kỳ × 1000. ${TEXT.annualisedVi}`, en: `(Moves in − moves out) / mid-period population × 1000. ${TEXT.annualisedEn}` },
  },
];
