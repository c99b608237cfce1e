// The report forms of Circular 01/2022/TT-BYT for commune, district and province, by
// period (domain guide § 4.2), and the nation's summary of its provinces for the centre. Only Biểu 03-DSX (commune, year) and Biểu 01-DSH (district,
// quarter) were found in a source; the others are modelled on them, flagged unconfirmed,
// with provisional codes, until checked against the official annexes.
import type { Label } from "../codes/labels.js";
import type { PeriodKind } from "../time/periods.js";
import {
  BIRTH_ROWS, CONTRACEPTION_ROWS, DEATH_ROWS, HEALTH_ROWS, HOUSEHOLD_ROWS, MARRIAGE_ROWS, MARRIED_WOMEN_ROWS, MOVE_IN_ROWS,
  MOVE_OUT_ROWS, POPULATION_ROWS, RATE_ROWS, numberRows, unconfirmed, type SectionSpec,
} from "./rows.js";
import type { ReportColumns, ReportForm, ReportLevel } from "./types.js";

const S = {
  people: { vi: "Hộ và nhân khẩu", en: "Households and persons" },
  changes: { vi: "Biến động dân số", en: "Population changes" },
  planning: { vi: "Kế hoạch hóa gia đình", en: "Family planning" },
  health: { vi: "Sàng lọc và chăm sóc sức khỏe", en: "Screening and health care" },
  rates: { vi: "Các chỉ tiêu tính toán", en: "Derived indicators" },
} satisfies Record<string, Label>;

/** The rows of Biểu 01-DSH (1–9 confirmed) followed by the unconfirmed ones. */
const periodicSections = (confirmedRows: boolean): SectionSpec[] => {
  const keep = (rows: SectionSpec["rows"]) => (confirmedRows ? rows : unconfirmed(rows));
  return [
    { label: S.people, rows: keep([...HOUSEHOLD_ROWS, ...POPULATION_ROWS, ...MARRIED_WOMEN_ROWS]) },
    { label: S.changes, rows: [...keep([...BIRTH_ROWS, ...DEATH_ROWS, ...MARRIAGE_ROWS, ...MOVE_IN_ROWS]), ...MOVE_OUT_ROWS] },
    { label: S.planning, rows: CONTRACEPTION_ROWS },
    { label: S.health, rows: HEALTH_ROWS },
  ];
};
const annualSections = (confirmedRows: boolean): SectionSpec[] => [...periodicSections(confirmedRows), { label: S.rates, rows: RATE_ROWS }];

// Biểu 03-DSX part I [S5]: households (collective + family), of which family; residents;
// women at year end "with further breakdowns" (cut off in the source).
const commune03Sections = (): SectionSpec[] => {
  const [, ...rest] = annualSections(false);
  return [
    {
      label: S.people,
      rows: [
        { indicator: "HOUSEHOLDS", label: { vi: "Tổng số hộ dân cư (hộ tập thể và hộ gia đình) cuối năm", en: "Households (collective and family) at year end" } },
        { indicator: "FAMILY_HOUSEHOLDS", depth: 1, label: { vi: "Trong đó: số hộ gia đình", en: "of which: family households" } },
        { indicator: "POP_END", label: { vi: "Tổng số nhân khẩu thực tế thường trú cuối năm", en: "Actual permanent residents at year end" } },
        { indicator: "POP_END_FEMALE", label: { vi: "Số phụ nữ cuối năm", en: "Women at year end" } },
        { indicator: "WOMEN_15_49", depth: 1, label: { vi: "Trong đó: từ 15–49 tuổi", en: "of which: aged 15–49" }, confirmed: false },
        { indicator: "MARRIED_WOMEN_15_49", depth: 2, label: { vi: "trong đó: có chồng", en: "of which: married" }, confirmed: false },
      ],
    },
    ...rest,
  ];
};

const NOTE = {
  dsh01: {
    vi: "Biểu 01-DSH (Phụ lục IV, Thông tư 01/2022/TT-BYT): các dòng 1–9 theo nguồn đã kiểm tra; các dòng sau bị cắt trong nguồn, chưa được xác nhận. Dòng 9 “chuyển đến từ xã khác” được hiểu là chuyển đến từ ngoài đơn vị của cột, để di chuyển nội bộ không bị tính hai lần.",
    en: "Biểu 01-DSH (Annex IV, Circular 01/2022/TT-BYT): rows 1–9 as in the checked source; later rows are cut off there and unconfirmed. Row 9 “moved in from another commune” is read as moved in from outside the column's unit, so internal moves are never counted twice.",
  },
  dsx03: {
    vi: "Biểu 03-DSX (Phụ lục II, Thông tư 01/2022/TT-BYT): phần I theo nguồn đã kiểm tra (phần còn lại bị cắt trong nguồn); các dòng khác chưa được xác nhận. Nộp trong 5 ngày làm việc sau khi hết kỳ.",
    en: "Biểu 03-DSX (Annex II, Circular 01/2022/TT-BYT): part I as in the checked source (the rest is cut off there); other rows unconfirmed. Due within 5 working days after the period.",
  },
  unconfirmed: {
    vi: "Biểu chưa được xác nhận: mã, kỳ và bố cục mô phỏng theo Biểu 01-DSH và 03-DSX cho đến khi đối chiếu với văn bản chính thức.",
    en: "Unconfirmed form: code, period and layout follow Biểu 01-DSH and 03-DSX until checked against the official text.",
  },
} satisfies Record<string, Label>;

const LEVEL_NAME: Record<ReportLevel, Label> = {
  COMMUNE: { vi: "cấp xã", en: "commune" },
  DISTRICT: { vi: "cấp huyện", en: "district" },
  PROVINCE: { vi: "cấp tỉnh", en: "province" },
  NATION: { vi: "toàn quốc", en: "national" },
};
const PERIOD_NAME: Record<PeriodKind, Label> = {
  MONTH: { vi: "tháng", en: "monthly" },
  QUARTER: { vi: "quý", en: "quarterly" },
  YEAR: { vi: "năm", en: "annual" },
};

function form(code: string, level: ReportLevel, periodKind: PeriodKind, columns: ReportColumns, confirmed: boolean, note: Label, sections: SectionSpec[]): ReportForm {
  return {
    code, level, periodKind, columns, confirmed, note,
    name: {
      vi: `Báo cáo thống kê chuyên ngành dân số ${PERIOD_NAME[periodKind].vi} ${LEVEL_NAME[level].vi}`,
      en: `Population statistics, ${PERIOD_NAME[periodKind].en} report, ${LEVEL_NAME[level].en} level`,
    },
    rows: numberRows(sections),
  };
}

// Commune forms have the commune as their only column: the villages below it are not
// administrative units.
export const REPORT_FORMS: readonly ReportForm[] = [
  form("01-DSX", "COMMUNE", "MONTH", "UNIT", false, NOTE.unconfirmed, periodicSections(false)),
  form("02-DSX", "COMMUNE", "QUARTER", "UNIT", false, NOTE.unconfirmed, periodicSections(false)),
  form("03-DSX", "COMMUNE", "YEAR", "UNIT", true, NOTE.dsx03, commune03Sections()),
  form("DSH-THANG", "DISTRICT", "MONTH", "UNIT_AND_CHILDREN", false, NOTE.unconfirmed, periodicSections(false)),
  form("01-DSH", "DISTRICT", "QUARTER", "UNIT_AND_CHILDREN", true, NOTE.dsh01, periodicSections(true)),
  form("DSH-NAM", "DISTRICT", "YEAR", "UNIT_AND_CHILDREN", false, NOTE.unconfirmed, annualSections(false)),
  form("DST-THANG", "PROVINCE", "MONTH", "UNIT_AND_CHILDREN", false, NOTE.unconfirmed, periodicSections(false)),
  form("DST-QUY", "PROVINCE", "QUARTER", "UNIT_AND_CHILDREN", false, NOTE.unconfirmed, periodicSections(false)),
  form("DST-NAM", "PROVINCE", "YEAR", "UNIT_AND_CHILDREN", false, NOTE.unconfirmed, annualSections(false)),
  // The central office's own summary of the provinces (no form in the circular's annexes).
  form("DSTW-THANG", "NATION", "MONTH", "UNIT_AND_CHILDREN", false, NOTE.unconfirmed, periodicSections(false)),
  form("DSTW-QUY", "NATION", "QUARTER", "UNIT_AND_CHILDREN", false, NOTE.unconfirmed, periodicSections(false)),
  form("DSTW-NAM", "NATION", "YEAR", "UNIT_AND_CHILDREN", false, NOTE.unconfirmed, annualSections(false)),
];

const BY_CODE = new Map(REPORT_FORMS.map((f) => [f.code, f]));

export function getReportForm(code: string): ReportForm {
  const f = BY_CODE.get(code);
  if (!f) throw new RangeError(`Unknown report form: ${code}`);
  return f;
}

/** The form a unit of this level owes for this kind of period. */
export function reportFormFor(level: ReportLevel, periodKind: PeriodKind): ReportForm {
  const f = REPORT_FORMS.find((x) => x.level === level && x.periodKind === periodKind);
  if (!f) throw new RangeError(`No form for ${level} / ${periodKind}`);
  return f;
}
