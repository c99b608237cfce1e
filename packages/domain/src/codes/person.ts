// Code lists of the household sheet (A0/CTV). Stable internal keys; the official numeric
// codes of the 2022 forms are unconfirmed (domain guide § 6) and belong in a dated mapping.
import type { CodeList } from "./labels.js";

export const SEX = {
  MALE: { vi: "Nam", en: "Male" },
  FEMALE: { vi: "Nữ", en: "Female" },
} as const satisfies CodeList<string>;
export type Sex = keyof typeof SEX;

/** In the order the household sheet lists members. */
export const RELATION_TO_HEAD = {
  HEAD: { vi: "Chủ hộ", en: "Head" },
  SPOUSE: { vi: "Vợ/chồng", en: "Spouse" },
  CHILD: { vi: "Con đẻ", en: "Child" },
  ADOPTED_OR_IN_LAW: { vi: "Con nuôi, con dâu, con rể", en: "Adopted child or child-in-law" },
  PARENT: { vi: "Bố/mẹ", en: "Parent" },
  GRANDCHILD: { vi: "Cháu", en: "Grandchild" },
  OTHER: { vi: "Quan hệ khác", en: "Other" },
} as const satisfies CodeList<string>;
export type RelationToHead = keyof typeof RELATION_TO_HEAD;

/** § 3.4: temporarily absent people are counted as residents, temporary residents are not. */
export const RESIDENCE_STATUS = {
  PERMANENT: { vi: "Thường trú", en: "Permanent resident" },
  TEMPORARILY_ABSENT: { vi: "Tạm vắng", en: "Temporarily absent" },
  TEMPORARY_RESIDENT: { vi: "Tạm trú", en: "Temporary resident" },
} as const satisfies CodeList<string>;
export type ResidenceStatus = keyof typeof RESIDENCE_STATUS;

export const MARITAL_STATUS = {
  NEVER_MARRIED: { vi: "Chưa vợ/chồng", en: "Never married" },
  MARRIED: { vi: "Có vợ/chồng", en: "Married" },
  WIDOWED: { vi: "Góa", en: "Widowed" },
  DIVORCED: { vi: "Ly hôn", en: "Divorced" },
  SEPARATED: { vi: "Ly thân", en: "Separated" },
} as const satisfies CodeList<string>;
export type MaritalStatus = keyof typeof MARITAL_STATUS;

export const EDUCATION_LEVEL = {
  NONE: { vi: "Chưa đi học / không biết chữ", en: "None" },
  PRIMARY: { vi: "Tiểu học", en: "Primary" },
  LOWER_SECONDARY: { vi: "Trung học cơ sở", en: "Lower secondary" },
  UPPER_SECONDARY: { vi: "Trung học phổ thông", en: "Upper secondary" },
  VOCATIONAL: { vi: "Trung cấp", en: "Vocational" },
  COLLEGE: { vi: "Cao đẳng", en: "College" },
  UNIVERSITY: { vi: "Đại học", en: "University" },
  POSTGRADUATE: { vi: "Trên đại học", en: "Postgraduate" },
} as const satisfies CodeList<string>;
export type EducationLevel = keyof typeof EDUCATION_LEVEL;

export const HOUSEHOLD_TYPE = {
  FAMILY: { vi: "Hộ gia đình", en: "Family household" },
  COLLECTIVE: { vi: "Hộ tập thể", en: "Collective household" },
} as const satisfies CodeList<string>;
export type HouseholdType = keyof typeof HOUSEHOLD_TYPE;
