// The lists the population service draws from the register for other agencies every year
// (domain guide § 8): school entry, military service, health-insurance cards for children
// under six, the elderly. Each is an age (and sex) rule on a reference date; the rule is
// turned here into a range of birth dates, so the register is asked one plain question.
//
// Two kinds of age rule, as the laws write them:
//   "by year"  — the birth year only: "turning 6 in the calendar year" is born in year − 6,
//                whatever the day (Education Law 2019 Art. 28);
//   "full age" — completed years on the reference date: "full 18" (đủ 18 tuổi) means the 18th
//                birthday has passed or is today; "to the end of age 25" (hết 25 tuổi) means
//                until the day before the 26th birthday (Military Service Law 2015 Art. 30).
import { addDays, addYears, dateParts, isoDate, type IsoDate } from "../time/dates.js";
import type { Label } from "../codes/labels.js";

/** The columns a list may carry: only those its receiving agency needs. */
export type ListColumn =
  | "fullName" | "sex" | "birthDate" | "age" | "cccd" | "insuranceNumber" | "householdCode" | "address"
  | "commune" | "head" | "mother" | "father" | "studyDeferral";

export interface ListDefinition {
  code: string;
  name: Label;
  /** Who receives it. */
  recipient: Label;
  /** The rule in words, as shown to the exporter and printed on the file. */
  rule: Label;
  /** The law the rule comes from. */
  basis: Label;
  sex?: "MALE" | "FEMALE";
  /** Birth dates [from, to] (inclusive) of those listed on the reference date. */
  birthRange(referenceDate: IsoDate): { from: IsoDate; to: IsoDate };
  /** Older men still listed if the register notes a study deferral (military call-up). */
  deferralRange?(referenceDate: IsoDate): { from: IsoDate; to: IsoDate };
  columns: readonly ListColumn[];
}

const yearOf = (date: IsoDate) => dateParts(date).year;

/** Born in the years [year − oldest, year − youngest]: turning youngest…oldest in the year. */
function byYear(youngest: number, oldest: number) {
  return (referenceDate: IsoDate) => {
    const year = yearOf(referenceDate);
    return { from: isoDate(year - oldest, 1, 1), to: isoDate(year - youngest, 12, 31) };
  };
}

/** Full `min` years on the date, up to the end of age `max` (the day before the birthday of max + 1). */
function fullAge(min: number, max: number) {
  return (referenceDate: IsoDate) => ({ from: addDays(addYears(referenceDate, -(max + 1)), 1), to: addYears(referenceDate, -min) });
}

const SCHOOL = ["fullName", "sex", "birthDate", "cccd", "householdCode", "address", "commune", "father", "mother", "head"] as const;
const MILITARY = ["fullName", "birthDate", "age", "cccd", "householdCode", "address", "commune", "head"] as const;
const SCHOOL_BASIS = { vi: "Luật Giáo dục 2019, Điều 28", en: "Law on Education 2019, Article 28" };
const MILITARY_BASIS = {
  vi: "Luật Nghĩa vụ quân sự 2015 (sửa đổi bởi Luật 98/2025/QH15), Điều 12, 30, 41",
  en: "Law on Military Service 2015 (amended by Law 98/2025/QH15), Articles 12, 30, 41",
};
const SCHOOLS = { vi: "Phòng/Sở Giáo dục và Đào tạo, nhà trường", en: "Education office and schools" };

export const PERSON_LISTS: readonly ListDefinition[] = [
  {
    code: "GRADE_1",
    name: { vi: "Trẻ em vào lớp 1", en: "Children entering grade 1" },
    recipient: SCHOOLS,
    rule: { vi: "Trẻ tròn 6 tuổi trong năm (sinh năm N − 6, từ 01/01 đến 31/12), đang cư trú tại đơn vị vào ngày tham chiếu.", en: "Children turning 6 in the year (born in year N − 6), resident in the unit on the reference date." },
    basis: SCHOOL_BASIS,
    birthRange: byYear(6, 6),
    columns: SCHOOL,
  },
  {
    code: "KINDERGARTEN",
    name: { vi: "Trẻ em mẫu giáo (3–5 tuổi)", en: "Kindergarten children (3–5)" },
    recipient: SCHOOLS,
    rule: { vi: "Trẻ tròn 3, 4 hoặc 5 tuổi trong năm (sinh năm N − 5 đến N − 3), đang cư trú tại đơn vị vào ngày tham chiếu.", en: "Children turning 3, 4 or 5 in the year (born in years N − 5 to N − 3), resident on the reference date." },
    basis: SCHOOL_BASIS,
    birthRange: byYear(3, 5),
    columns: SCHOOL,
  },
  {
    code: "GRADE_6",
    name: { vi: "Trẻ em vào lớp 6", en: "Children entering grade 6" },
    recipient: SCHOOLS,
    rule: { vi: "Trẻ tròn 11 tuổi trong năm (sinh năm N − 11), đang cư trú tại đơn vị vào ngày tham chiếu.", en: "Children turning 11 in the year (born in year N − 11), resident on the reference date." },
    basis: SCHOOL_BASIS,
    birthRange: byYear(11, 11),
    columns: SCHOOL,
  },
  {
    code: "GRADE_10",
    name: { vi: "Học sinh vào lớp 10", en: "Pupils entering grade 10" },
    recipient: SCHOOLS,
    rule: { vi: "Người tròn 15 tuổi trong năm (sinh năm N − 15), đang cư trú tại đơn vị vào ngày tham chiếu.", en: "Persons turning 15 in the year (born in year N − 15), resident on the reference date." },
    basis: SCHOOL_BASIS,
    birthRange: byYear(15, 15),
    columns: SCHOOL,
  },
  {
    code: "MILITARY_REGISTRATION",
    name: { vi: "Nam công dân đăng ký nghĩa vụ quân sự lần đầu", en: "Men registering for military service" },
    recipient: { vi: "Ban Chỉ huy quân sự cấp xã", en: "Commune military command" },
    rule: { vi: "Nam tròn 17 tuổi trong năm (sinh năm N − 17), đang cư trú tại đơn vị vào ngày tham chiếu.", en: "Men turning 17 in the year (born in year N − 17), resident on the reference date." },
    basis: MILITARY_BASIS,
    sex: "MALE",
    birthRange: byYear(17, 17),
    columns: MILITARY,
  },
  {
    code: "MILITARY_CALLUP",
    name: { vi: "Nam công dân trong độ tuổi gọi nhập ngũ", en: "Men of call-up age" },
    recipient: { vi: "Ban Chỉ huy quân sự cấp xã", en: "Commune military command" },
    rule: {
      vi: "Nam đủ 18 tuổi đến hết 25 tuổi vào ngày tham chiếu; đến hết 27 tuổi nếu sổ ghi nhận được tạm hoãn gọi nhập ngũ vì đang học cao đẳng, đại học (ghi chú ở cột tạm hoãn).",
      en: "Men from full 18 to the end of age 25 on the reference date; to the end of 27 when the register notes a study deferral (college or university), shown in the deferral column.",
    },
    basis: MILITARY_BASIS,
    sex: "MALE",
    birthRange: fullAge(18, 25),
    deferralRange: fullAge(26, 27),
    columns: [...MILITARY, "studyDeferral"],
  },
  {
    code: "CHILDREN_UNDER_6",
    name: { vi: "Trẻ em dưới 6 tuổi (thẻ bảo hiểm y tế)", en: "Children under 6 (health-insurance cards)" },
    recipient: { vi: "Cơ quan Bảo hiểm xã hội", en: "Social-security office" },
    rule: { vi: "Trẻ chưa đủ 6 tuổi vào ngày tham chiếu (sinh sau ngày này 6 năm trước), đang cư trú tại đơn vị.", en: "Children not yet 6 on the reference date, resident in the unit." },
    basis: { vi: "Luật Bảo hiểm y tế (trẻ em dưới 6 tuổi)", en: "Law on Health Insurance (children under 6)" },
    birthRange: (d) => ({ from: addDays(addYears(d, -6), 1), to: d }),
    columns: ["fullName", "sex", "birthDate", "insuranceNumber", "householdCode", "address", "commune", "father", "mother", "head"],
  },
  {
    code: "ELDERLY",
    name: { vi: "Người cao tuổi (từ đủ 60 tuổi)", en: "Elderly persons (60 and over)" },
    recipient: { vi: "Trạm y tế, Hội Người cao tuổi", en: "Health station, Elderly association" },
    rule: { vi: "Người đủ 60 tuổi trở lên vào ngày tham chiếu, đang cư trú tại đơn vị.", en: "Persons full 60 or older on the reference date, resident in the unit." },
    basis: { vi: "Luật Người cao tuổi 39/2009/QH12, Điều 2", en: "Law on the Elderly 39/2009/QH12, Article 2" },
    birthRange: (d) => ({ from: "1800-01-01", to: addYears(d, -60) }),
    columns: ["fullName", "sex", "birthDate", "age", "cccd", "insuranceNumber", "householdCode", "address", "commune", "head"],
  },
];

export function getPersonList(code: string): ListDefinition | undefined {
  return PERSON_LISTS.find((l) => l.code === code);
}

/** Column headings, as printed on the files and the preview. */
export const LIST_COLUMNS: Record<ListColumn, Label> = {
  fullName: { vi: "Họ và tên", en: "Full name" },
  sex: { vi: "Giới tính", en: "Sex" },
  birthDate: { vi: "Ngày sinh", en: "Date of birth" },
  age: { vi: "Tuổi", en: "Age" },
  cccd: { vi: "Số CCCD", en: "Identity number" },
  insuranceNumber: { vi: "Mã thẻ BHYT", en: "Health-insurance number" },
  householdCode: { vi: "Mã hộ", en: "Household code" },
  address: { vi: "Địa chỉ", en: "Address" },
  commune: { vi: "Xã/phường", en: "Commune" },
  head: { vi: "Chủ hộ", en: "Household head" },
  father: { vi: "Họ tên cha", en: "Father" },
  mother: { vi: "Họ tên mẹ", en: "Mother" },
  studyDeferral: { vi: "Tạm hoãn (học tập) đến", en: "Study deferral until" },
};
