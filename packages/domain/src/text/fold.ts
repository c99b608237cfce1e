/**
 * Folds Vietnamese text for search: no diacritics, đ → d, lower case, single spaces.
 * "Nguyễn Thị Hồng Đào" → "nguyen thi hong dao". One function for the database columns,
 * the generator and the search box, so a search typed without diacritics finds names
 * written with them.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
