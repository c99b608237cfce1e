// Vietnamese names with diacritics, by naming tradition. Family names follow their
// approximate frequencies (Nguyễn about 38 %); the South writes Huỳnh and Võ where the
// North writes Hoàng and Vũ. Minority traditions are simplified but recognisable.
import type { Random } from "./random.js";
import type { Region } from "./provinces.js";

type Weighted = readonly (readonly [string, number])[];

const KINH_FAMILY: Weighted = [
  ["Nguyễn", 38], ["Trần", 11], ["Lê", 9.5], ["Phạm", 7], ["Hoàng", 5], ["Phan", 4.5], ["Vũ", 3.9],
  ["Đặng", 2.1], ["Bùi", 2], ["Đỗ", 1.4], ["Hồ", 1.3], ["Ngô", 1.3], ["Dương", 1], ["Lý", 0.5],
  ["Đinh", 0.9], ["Đào", 0.8], ["Trương", 0.8], ["Lương", 0.6], ["Mai", 0.6], ["Cao", 0.5], ["Tạ", 0.3],
  ["Lâm", 0.4], ["Hà", 0.5], ["Tô", 0.3], ["Chu", 0.3], ["Quách", 0.2], ["Kiều", 0.2], ["Thái", 0.3],
];
const SOUTH_VARIANT: Record<string, string> = { Hoàng: "Huỳnh", Vũ: "Võ" };

const MALE_MIDDLE = ["Văn", "Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Thanh", "Xuân", "Ngọc", "Anh", "Gia", "Bảo", "Trọng", "Đình", "Tuấn", "Quốc"];
const FEMALE_MIDDLE_OLD = ["Thị", "Thị", "Thị", "Thị", "Ngọc", "Thanh", "Thu", "Kim", "Hồng"];
const FEMALE_MIDDLE_YOUNG = ["Thị", "Ngọc", "Thu", "Thanh", "Phương", "Minh", "Khánh", "Bảo", "Gia", "Mai", "Hà", "Diệu", "Quỳnh"];
const MALE_GIVEN = [
  "Anh", "An", "Bình", "Cường", "Dũng", "Dương", "Đạt", "Đức", "Hải", "Hiếu", "Hoàng", "Hùng", "Huy", "Khánh",
  "Khoa", "Kiên", "Long", "Mạnh", "Minh", "Nam", "Nghĩa", "Phong", "Phúc", "Quân", "Quang", "Sơn", "Tài",
  "Thắng", "Thành", "Thịnh", "Tiến", "Toàn", "Trung", "Tuấn", "Tùng", "Việt", "Vinh", "Vũ", "Lâm", "Hưng",
  "Lộc", "Hòa", "Thái", "Hậu", "Trí", "Nhân", "Khang", "Bảo", "Đăng", "Phát",
];
const FEMALE_GIVEN = [
  "Anh", "Ánh", "Bích", "Chi", "Dung", "Duyên", "Giang", "Hà", "Hạnh", "Hằng", "Hoa", "Hương", "Hường",
  "Huyền", "Lan", "Liên", "Linh", "Loan", "Mai", "My", "Nga", "Ngân", "Ngọc", "Nhung", "Nhi", "Oanh",
  "Phương", "Quỳnh", "Thảo", "Thu", "Thủy", "Trang", "Tuyết", "Uyên", "Vân", "Yến", "Hiền", "Huệ", "Lụa",
  "Tâm", "Thơ", "Xuân", "Hồng", "Diệp", "Trâm", "Vy", "Hân", "An", "Khánh", "Thư",
];

const TAY_NUNG_FAMILY: Weighted = [["Hoàng", 18], ["Nông", 14], ["Lương", 8], ["Vi", 6], ["Lăng", 4], ["Hà", 6], ["Ma", 5], ["Triệu", 5], ["Lục", 4], ["Bế", 4], ["Đàm", 3], ["Nguyễn", 10], ["La", 3], ["Lộc", 3]];
const HMONG_FAMILY: Weighted = [["Giàng", 20], ["Vàng", 18], ["Sùng", 12], ["Thào", 12], ["Lý", 10], ["Hờ", 6], ["Mùa", 6], ["Lầu", 5], ["Ly", 4], ["Cứ", 3], ["Hạng", 3]];
const HMONG_MALE = ["Páo", "Sáng", "Chứ", "Pó", "Dế", "Súa", "Dính", "Chù", "Sểnh", "Lử", "Tủa", "Vư", "Nhà", "Sình", "Của"];
const HMONG_FEMALE = ["Mỷ", "Sua", "Dợ", "Chua", "Pàng", "Mai", "Sinh", "Lìa", "Mua", "Say", "Chá", "Ly", "Dung", "Váng"];
const THAI_FAMILY: Weighted = [["Lò", 20], ["Lường", 14], ["Quàng", 10], ["Cầm", 10], ["Tòng", 8], ["Vi", 6], ["Hà", 8], ["Lừ", 4], ["Điêu", 5], ["Lù", 4], ["Mè", 3]];
const DAO_FAMILY: Weighted = [["Triệu", 30], ["Bàn", 25], ["Đặng", 15], ["Lý", 12], ["Phùng", 8], ["Chảo", 6], ["Tẩn", 4]];
const MUONG_FAMILY: Weighted = [["Bùi", 40], ["Đinh", 25], ["Quách", 10], ["Hà", 10], ["Xa", 5], ["Nguyễn", 10]];
const KHMER_FAMILY: Weighted = [["Thạch", 30], ["Sơn", 20], ["Danh", 15], ["Kim", 12], ["Lâm", 8], ["Châu", 6], ["Trà", 5], ["Lý", 4]];
const KHMER_MALE = ["Sô Phách", "Sa Rết", "Sóc", "Rinh", "Phol", "Chanh", "Vuth", "Rây", "Sa Ra", "Thươl", "Pho"];
const KHMER_FEMALE = ["Thị Sa Ly", "Thị Sa Rênh", "Thị Phol", "Thị Sóc", "Thị Mây", "Thị Ni", "Thị Sa Vy", "Thị Chanh Thy"];
const CHAM_FAMILY: Weighted = [["Đàng", 20], ["Thành", 15], ["Lưu", 12], ["Quảng", 12], ["Báo", 10], ["Thiên", 8], ["Từ", 8], ["Trượng", 5], ["Hán", 5]];
const HIGHLAND_CLANS = ["Niê", "Ksor", "Mlô", "Êban", "Byă", "Adrơng", "Rơ Châm", "Siu", "Rah Lan", "Nay", "Kpă", "Rơ Mah", "Hmok", "Đinh"];
const HIGHLAND_MALE = ["Bhin", "Thu", "Blô", "Khăm", "Nhơn", "Hlim", "Wơn", "Hnut", "Kông", "Brơi", "Phuôi", "Sơ"];
const HIGHLAND_FEMALE = ["Hen", "Bia", "Lim", "Blang", "Nhí", "Hơ", "Mai", "Xuân", "Yơn", "Dơk"];
const HOA_FAMILY: Weighted = [["Lý", 15], ["Lâm", 15], ["Trương", 12], ["Quách", 8], ["Mạch", 6], ["Lưu", 8], ["Diệp", 6], ["Hứa", 6], ["Tăng", 6], ["Châu", 6], ["Thái", 6], ["La", 6]];

function weighted(random: Random, list: Weighted): string {
  const i = random.weighted(list.map(([, w]) => w));
  return list[i]![0];
}

export type NameTradition = "KINH" | "TAY_NUNG" | "HMONG" | "THAI" | "DAO" | "MUONG" | "KHMER" | "CHAM" | "HIGHLAND" | "HOA";

/** The naming tradition of an ethnic group (Decision 1019 codes). */
export function traditionOf(ethnicity: string): NameTradition {
  switch (ethnicity) {
    case "02": case "07": case "13": case "17": case "26": return "TAY_NUNG";
    case "08": return "HMONG";
    case "03": case "23": case "35": case "42": return "THAI";
    case "09": return "DAO";
    case "04": return "MUONG";
    case "05": return "KHMER";
    case "14": case "19": case "34": return "CHAM";
    case "10": case "11": case "12": case "15": case "16": case "18": case "20": case "22": case "28": case "29": case "30":
      return "HIGHLAND";
    case "06": return "HOA";
    default: return "KINH";
  }
}

export function familyName(random: Random, tradition: NameTradition, region: Region): string {
  switch (tradition) {
    case "TAY_NUNG": return weighted(random, TAY_NUNG_FAMILY);
    case "HMONG": return weighted(random, HMONG_FAMILY);
    case "THAI": return weighted(random, THAI_FAMILY);
    case "DAO": return weighted(random, DAO_FAMILY);
    case "MUONG": return weighted(random, MUONG_FAMILY);
    case "KHMER": return weighted(random, KHMER_FAMILY);
    case "CHAM": return weighted(random, CHAM_FAMILY);
    case "HIGHLAND": return random.pick(HIGHLAND_CLANS);
    case "HOA": return weighted(random, HOA_FAMILY);
    default: {
      const name = weighted(random, KINH_FAMILY);
      const south = region === "SE" || region === "MD" || region === "CH";
      return south && SOUTH_VARIANT[name] && random.chance(0.8) ? SOUTH_VARIANT[name]! : name;
    }
  }
}

/** Full name for a person of a family. `birthYear` shifts female middle names: "Thị" is
 * less common among girls born after 2000. */
export function fullName(random: Random, family: string, tradition: NameTradition, male: boolean, birthYear: number): string {
  switch (tradition) {
    case "HMONG":
      return `${family} ${male ? "A" : "Thị"} ${random.pick(male ? HMONG_MALE : HMONG_FEMALE)}`;
    case "KHMER":
      return `${family} ${random.pick(male ? KHMER_MALE : KHMER_FEMALE)}`;
    case "HIGHLAND":
      // Ê-đê style: a prefix (Y for men, H' for women), the given name, the clan.
      return male ? `Y ${random.pick(HIGHLAND_MALE)} ${family}` : `H'${random.pick(HIGHLAND_FEMALE)} ${family}`;
    default: {
      const middle = male
        ? random.pick(MALE_MIDDLE)
        : random.pick(birthYear < 1995 ? FEMALE_MIDDLE_OLD : FEMALE_MIDDLE_YOUNG);
      return `${family} ${middle} ${random.pick(male ? MALE_GIVEN : FEMALE_GIVEN)}`;
    }
  }
}
