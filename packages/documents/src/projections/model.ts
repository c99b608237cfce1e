// A population projection as a file: what was projected (unit, years, scenario, what the
// analyst changed, in words), the inputs observed in the register, the yearly results and
// the population by single year of age, and who exported it, when and its audit line.
import { formatNumberVi } from "../format.js";

export interface ProjectionInputsSummary {
  /** The full years the rates come from. */
  observedYears: number[];
  /** Some observed figures apportion the households of a divided commune. */
  estimated: boolean;
  basePopulation: number;
  tfr: number;
  /** Births per woman per year, by fertility group ("15–19" … "45–49"). */
  asfr: { group: string; rate: number }[];
  srb: number;
  /** "quan sát" or why the default is used. */
  srbSource: string;
  e0: { male: number; female: number };
  /** The life table of each sex, in words. */
  lifeTable: { male: string; female: string };
  /** Both sexes, per year, as observed. */
  netMigrants: number;
}

/** The population on 1 January and what happens during the year (null for the horizon). */
export interface ProjectionYearRow {
  year: number;
  total: number;
  male: number;
  female: number;
  births: number | null;
  deaths: number | null;
  netMigration: number | null;
  tfr: number | null;
  dependencyRatio: number | null;
  childDependencyRatio: number | null;
  oldAgeDependencyRatio: number | null;
  ageingIndex: number | null;
  medianAge: number | null;
  grade1: number;
  primarySchool: number;
  lowerSecondary: number;
  upperSecondary: number;
  militaryAge: number;
  elderly60: number;
  elderly80: number;
  /** By single year of age 0 … 100+. */
  populationMale: number[];
  populationFemale: number[];
}

export interface ProjectionDocument {
  /** "Dự báo dân số Thành phố Hải Phòng 2026–2050" */
  title: string;
  unitName: string;
  baseYear: number;
  horizon: number;
  scenarioLabel: string;
  /** What the analyst changed, one sentence each; empty when nothing was. */
  overrides: string[];
  /** "Phương án đã lưu «…» số 12, lưu bởi … lúc …", when the file is of a saved projection. */
  saved?: string | null;
  inputs: ProjectionInputsSummary;
  years: ProjectionYearRow[];
  exportedBy: string;
  exportedAt: Date;
  auditRef: string;
}

type YearKey = Exclude<keyof ProjectionYearRow, "populationMale" | "populationFemale">;

/** The yearly table's columns, the same in CSV and XLSX: counts in whole persons, ratios with 2 decimals. */
export const YEAR_COLUMNS: { key: YearKey; header: string; decimals: number }[] = [
  { key: "year", header: "Năm", decimals: 0 },
  { key: "total", header: "Dân số 01/01", decimals: 0 },
  { key: "male", header: "Nam", decimals: 0 },
  { key: "female", header: "Nữ", decimals: 0 },
  { key: "births", header: "Số sinh trong năm", decimals: 0 },
  { key: "deaths", header: "Số chết trong năm", decimals: 0 },
  { key: "netMigration", header: "Di cư thuần trong năm", decimals: 0 },
  { key: "tfr", header: "TFR (con/phụ nữ)", decimals: 2 },
  { key: "dependencyRatio", header: "Tỷ số phụ thuộc chung", decimals: 2 },
  { key: "childDependencyRatio", header: "Tỷ số phụ thuộc trẻ em", decimals: 2 },
  { key: "oldAgeDependencyRatio", header: "Tỷ số phụ thuộc người cao tuổi", decimals: 2 },
  { key: "ageingIndex", header: "Chỉ số già hóa", decimals: 2 },
  { key: "medianAge", header: "Tuổi trung vị", decimals: 2 },
  { key: "grade1", header: "Vào lớp 1 (5 tuổi ngày 01/01)", decimals: 0 },
  { key: "primarySchool", header: "Tuổi tiểu học (5–9)", decimals: 0 },
  { key: "lowerSecondary", header: "Tuổi THCS (10–13)", decimals: 0 },
  { key: "upperSecondary", header: "Tuổi THPT (14–16)", decimals: 0 },
  { key: "militaryAge", header: "Nam 18–25 tuổi", decimals: 0 },
  { key: "elderly60", header: "Từ 60 tuổi trở lên", decimals: 0 },
  { key: "elderly80", header: "Từ 80 tuổi trở lên", decimals: 0 },
];

/** The age of index x: "100+" for the open group. */
export const ageLabel = (x: number, last: number) => (x === last ? `${x}+` : String(x));

/** What the yearly table's columns mean, said once under it. */
export const YEAR_NOTES = [
  "Dân số tại thời điểm 01/01 của năm; số sinh, số chết, di cư thuần và TFR là của cả năm đó (năm cuối không có).",
  "Tỷ số phụ thuộc: số người 0–14 (trẻ em), 65+ (người cao tuổi) hoặc cả hai trên 100 người 15–64. Chỉ số già hóa: số người 60+ trên 100 người 0–14.",
  "Tuổi đi học theo năm tròn tuổi: tuổi ngày 01/01 (5 tuổi ngày 01/01 thì tròn 6 tuổi trong năm, vào lớp 1).",
  "Số người làm tròn đến đơn vị; tổng có thể chênh lệch nhỏ do làm tròn.",
];

/** The description of the run, line by line, for the head of a CSV and the inputs sheet; `separator` between the overrides. */
export function describeRun(doc: ProjectionDocument, exportedAt: string, separator = "; "): { label: string; value: string }[] {
  const i = doc.inputs;
  const n = formatNumberVi;
  return [
    { label: "Đơn vị", value: doc.unitName },
    { label: "Năm gốc – năm cuối", value: `${doc.baseYear} – ${doc.horizon}` },
    { label: "Kịch bản", value: doc.scenarioLabel },
    { label: "Điều chỉnh", value: doc.overrides.length ? doc.overrides.join(separator) : "Không, dùng số liệu quan sát" },
    ...(doc.saved ? [{ label: "Phương án đã lưu", value: doc.saved }] : []),
    { label: "Số liệu quan sát", value: `Các năm ${i.observedYears.join(", ")}${i.estimated ? " (có số ước tính: phân bổ hộ của xã được chia tách năm 2025)" : ""}` },
    { label: "Dân số ngày 01/01 năm gốc", value: `${n(i.basePopulation)} người` },
    { label: "TFR quan sát", value: `${n(i.tfr, 2)} con/phụ nữ` },
    { label: "ASFR (số sinh/1.000 phụ nữ/năm)", value: i.asfr.map((a) => `${a.group}: ${n(a.rate * 1000, 1)}`).join("; ") },
    { label: "Tỷ số giới tính khi sinh", value: `${n(i.srb, 1)} bé trai/100 bé gái (${i.srbSource})` },
    { label: "Tuổi thọ khi sinh, nam", value: `${n(i.e0.male, 2)} năm (${i.lifeTable.male})` },
    { label: "Tuổi thọ khi sinh, nữ", value: `${n(i.e0.female, 2)} năm (${i.lifeTable.female})` },
    { label: "Di cư thuần quan sát", value: `${n(i.netMigrants, 1)} người/năm` },
    { label: "Xuất bởi", value: `${doc.exportedBy} lúc ${exportedAt}, nhật ký số ${doc.auditRef}` },
  ];
}
