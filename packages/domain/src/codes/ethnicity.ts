// The 54 ethnic groups with the GSO codes of Decision 1019/QĐ-TCTK (12 November 2008).
// Codes 01–20 are confirmed in the domain guide (§ 6.1); 21–54 follow the same decision's
// list as commonly reproduced but were not checked against the official file (GSO
// document 15172): `confirmed: false` marks them until they are.
export interface Ethnicity {
  code: string;
  name: string;
  confirmed: boolean;
}

const NAMES = [
  "Kinh", "Tày", "Thái", "Mường", "Khơ-me", "Hoa", "Nùng", "H'Mông", "Dao", "Gia-rai",
  "Ê-đê", "Ba-na", "Sán Chay", "Chăm", "Cơ-ho", "Xơ-đăng", "Sán Dìu", "Hrê", "Ra-glai", "Mnông",
  "Thổ", "Xtiêng", "Khơ-mú", "Bru-Vân Kiều", "Cơ-tu", "Giáy", "Tà-ôi", "Mạ", "Giẻ-Triêng", "Co",
  "Chơ-ro", "Xinh-mun", "Hà Nhì", "Chu-ru", "Lào", "La Chí", "Kháng", "Phù Lá", "La Hủ", "La Ha",
  "Pà Thẻn", "Lự", "Ngái", "Chứt", "Lô Lô", "Mảng", "Cờ Lao", "Bố Y", "Cống", "Si La",
  "Pu Péo", "Rơ-măm", "Brâu", "Ơ-đu",
];

export const ETHNICITIES: readonly Ethnicity[] = NAMES.map((name, i) => ({
  code: String(i + 1).padStart(2, "0"),
  name,
  confirmed: i < 20,
}));

const BY_CODE = new Map(ETHNICITIES.map((e) => [e.code, e]));

export function ethnicityByCode(code: string): Ethnicity | undefined {
  return BY_CODE.get(code);
}

export const KINH = "01";
