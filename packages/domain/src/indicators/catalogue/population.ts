// Households and population stocks (Biểu 01-DSH rows 1–3, Biểu 03-DSX part I).
import type { IndicatorDefinition } from "../types.js";
import { persons, TEXT } from "./totals.js";

const counted = {
  vi: "Nhân khẩu thực tế thường trú: người đang sống ổn định tại hộ, kể cả người tạm vắng, không kể người tạm trú.",
  en: "Actual permanent residents: people living stably in the household, including the temporarily absent, excluding temporary residents.",
};

export const POPULATION_INDICATORS: IndicatorDefinition[] = [
  {
    code: "HOUSEHOLDS", theme: "POPULATION", kind: "stock", unit: "HOUSEHOLDS", decimals: 0,
    name: { vi: "Tổng số hộ dân cư", en: "Households" },
    needs: ["HOUSEHOLDS_FAMILY", "HOUSEHOLDS_COLLECTIVE"],
    formula: (b) => b.counts.HOUSEHOLDS_FAMILY + b.counts.HOUSEHOLDS_COLLECTIVE,
    definition: {
      vi: `Số hộ (hộ gia đình và hộ tập thể) đang tồn tại trong sổ ${TEXT.endVi}: đã lập và chưa giải thể.`,
      en: `Households (family and collective) existing in the register ${TEXT.endEn}: established and not dissolved.`,
    },
  },
  {
    code: "FAMILY_HOUSEHOLDS", theme: "POPULATION", kind: "stock", unit: "HOUSEHOLDS", decimals: 0,
    name: { vi: "Số hộ gia đình", en: "Family households" },
    needs: ["HOUSEHOLDS_FAMILY"],
    formula: (b) => b.counts.HOUSEHOLDS_FAMILY,
    definition: { vi: `Số hộ gia đình ${TEXT.endVi} (không kể hộ tập thể).`, en: `Family households ${TEXT.endEn} (collective households excluded).` },
  },
  {
    code: "COLLECTIVE_HOUSEHOLDS", theme: "POPULATION", kind: "stock", unit: "HOUSEHOLDS", decimals: 0,
    name: { vi: "Số hộ tập thể", en: "Collective households" },
    needs: ["HOUSEHOLDS_COLLECTIVE"],
    formula: (b) => b.counts.HOUSEHOLDS_COLLECTIVE,
    definition: { vi: `Số hộ tập thể ${TEXT.endVi}.`, en: `Collective households ${TEXT.endEn}.` },
  },
  {
    code: "POP_END", theme: "POPULATION", kind: "stock", unit: "PERSONS", decimals: 0,
    name: { vi: "Tổng số nhân khẩu thực tế thường trú (dân số) cuối kỳ", en: "Population (actual permanent residents) at the end of the period" },
    needs: ["POP_END"],
    formula: (b) => persons(b, "POP_END"),
    definition: { vi: `${counted.vi} Tính ${TEXT.endVi}: người chết hoặc chuyển đi trong ngày cuối kỳ không còn được tính, trẻ sinh ra hoặc người chuyển đến trong ngày đó được tính.`, en: `${counted.en} Counted ${TEXT.endEn}: a person who dies or leaves on that day is not counted, a child born or a person arriving on that day is.` },
  },
  {
    code: "POP_END_MALE", theme: "POPULATION", kind: "stock", unit: "PERSONS", decimals: 0,
    name: { vi: "Dân số cuối kỳ: nam", en: "Population at the end: male" },
    needs: ["POP_END"],
    formula: (b) => persons(b, "POP_END", 0, undefined, "MALE"),
    definition: { vi: `Số nam thực tế thường trú ${TEXT.endVi}.`, en: `Male actual permanent residents ${TEXT.endEn}.` },
  },
  {
    code: "POP_END_FEMALE", theme: "POPULATION", kind: "stock", unit: "PERSONS", decimals: 0,
    name: { vi: "Dân số cuối kỳ: nữ", en: "Population at the end: female" },
    needs: ["POP_END"],
    formula: (b) => persons(b, "POP_END", 0, undefined, "FEMALE"),
    definition: { vi: `Số nữ thực tế thường trú ${TEXT.endVi}.`, en: `Female actual permanent residents ${TEXT.endEn}.` },
  },
  {
    code: "POP_START", theme: "POPULATION", kind: "stock", unit: "PERSONS", decimals: 0,
    name: { vi: "Dân số đầu kỳ", en: "Population at the start of the period" },
    needs: ["POP_START"],
    formula: (b) => persons(b, "POP_START"),
    definition: { vi: "Nhân khẩu thực tế thường trú tính đến hết ngày trước ngày đầu kỳ (bằng dân số cuối kỳ trước). Dân số đầu kỳ + sinh − chết + chuyển đến − chuyển đi + điều chỉnh sổ = dân số cuối kỳ.", en: "Actual permanent residents at the end of the day before the period (the previous period's end). Start + births − deaths + moves in − moves out + register corrections = end." },
  },
  {
    code: "REGISTER_CORRECTIONS", theme: "POPULATION", kind: "flow", unit: "PERSONS", decimals: 0,
    name: { vi: "Điều chỉnh sổ", en: "Register corrections" },
    needs: ["REGISTER_CORRECTIONS"],
    formula: (b) => b.counts.REGISTER_CORRECTIONS,
    definition: {
      vi: "Số người được bổ sung vào sổ trong kỳ không do sinh hay chuyển đến (phát hiện đang sống tại địa bàn, ghi bổ sung hộ, mở sổ) trừ số người bị loại khỏi sổ không do chết hay chuyển đi (trùng, ghi nhầm), theo ngày có hiệu lực. Là phần còn lại của phương trình cân bằng dân số, nêu tên để không lẫn với biến động thật.",
      en: "Persons added to the register in the period other than by birth or arrival (found living here, households recorded late, the register's opening) less persons removed other than by death or departure (duplicates, errors), by effective date. The rest of the balancing equation, named so it is not mistaken for real change.",
    },
  },
  {
    code: "POP_MID", theme: "POPULATION", kind: "stock", unit: "PERSONS", decimals: 0,
    name: { vi: "Dân số trung bình (giữa kỳ)", en: "Mid-period population" },
    needs: ["POP_MID"],
    formula: (b) => persons(b, "POP_MID"),
    definition: { vi: `${TEXT.midVi} Là mẫu số của các tỷ suất thô.`, en: `${TEXT.midEn} The denominator of the crude rates.` },
  },
  {
    code: "WOMEN_15_49", theme: "POPULATION", kind: "stock", unit: "PERSONS", decimals: 0,
    name: { vi: "Số phụ nữ 15–49 tuổi", en: "Women aged 15–49" },
    needs: ["POP_END"],
    formula: (b) => persons(b, "POP_END", 15, 50, "FEMALE"),
    definition: { vi: `Số nữ thực tế thường trú đủ 15 tuổi đến hết 49 tuổi ${TEXT.endVi}.`, en: `Female residents aged 15 to 49 (completed years) ${TEXT.endEn}.` },
  },
  {
    code: "MARRIED_WOMEN_15_49", theme: "POPULATION", kind: "stock", unit: "PERSONS", decimals: 0,
    name: { vi: "Số phụ nữ 15–49 tuổi có chồng", en: "Married women aged 15–49" },
    needs: ["MARRIED_WOMEN_15_49"],
    formula: (b) => b.counts.MARRIED_WOMEN_15_49,
    definition: { vi: `Số nữ thực tế thường trú 15–49 tuổi đang có chồng (hôn nhân chưa kết thúc) ${TEXT.endVi}.`, en: `Female residents aged 15–49 in a marriage that has not ended ${TEXT.endEn}.` },
  },
  {
    code: "ELDERLY", theme: "POPULATION", kind: "stock", unit: "PERSONS", decimals: 0,
    name: { vi: "Số người cao tuổi (từ đủ 60 tuổi)", en: "Elderly persons (60 and over)" },
    needs: ["POP_END"],
    formula: (b) => persons(b, "POP_END", 60),
    definition: { vi: `Số người thực tế thường trú từ đủ 60 tuổi trở lên ${TEXT.endVi} (Luật Người cao tuổi 2009, Điều 2).`, en: `Residents aged 60 or over ${TEXT.endEn} (Law on the Elderly 2009, Art. 2).` },
  },
];
