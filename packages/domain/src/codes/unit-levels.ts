// The words for an administrative unit's level and type, in both languages. A unit's name
// ("Phường Thành Đông") is a proper name and stays as it is; its level or type shown as a
// label ("Type: Ward") is translated.
import type { Label } from "./labels.js";

/** By level: 0 nation, 1 province, 2 district (before 1 July 2025), 3 commune. */
export const LEVEL_LABELS: readonly Label[] = [
  { vi: "Quốc gia", en: "Nation" },
  { vi: "Tỉnh/Thành phố", en: "Province/City" },
  { vi: "Quận/Huyện", en: "District" },
  { vi: "Xã/Phường/Thị trấn", en: "Commune/Ward/Township" },
];

/** A level's label; a level the list does not know is shown as its number. */
export const levelLabel = (level: number): Label => LEVEL_LABELS[level] ?? { vi: String(level), en: String(level) };

/** The types units carry in both trees (the special zones since 1 July 2025 too). */
export const UNIT_TYPE_LABELS: Readonly<Record<string, Label>> = {
  "Quốc gia": { vi: "Quốc gia", en: "Nation" },
  "Tỉnh": { vi: "Tỉnh", en: "Province" },
  "Thành phố Trung ương": { vi: "Thành phố Trung ương", en: "Centrally governed city" },
  "Thành phố": { vi: "Thành phố", en: "City" },
  "Quận": { vi: "Quận", en: "Urban district" },
  "Huyện": { vi: "Huyện", en: "District" },
  "Thị xã": { vi: "Thị xã", en: "Town" },
  "Xã": { vi: "Xã", en: "Commune" },
  "Phường": { vi: "Phường", en: "Ward" },
  "Thị trấn": { vi: "Thị trấn", en: "Township" },
  "Đặc khu": { vi: "Đặc khu", en: "Special zone" },
};

/** A unit type's label; a type the list does not know is shown as the data gives it. */
export const unitTypeLabel = (type: string): Label => UNIT_TYPE_LABELS[type] ?? { vi: type, en: type };
