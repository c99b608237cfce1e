// Facts about the 63 provinces that size and shape the synthetic population.
//
// Population: 2019 Population and Housing Census (GSO), rounded; used only to give each
// province its relative size. Hải Dương (30) at scale 1 uses the sector's own register
// size from seed document 001 (Q3 2021): 1,931,382 persons in 508,028 households.
// Ethnic composition: approximate shares from the 2019 census for provinces where
// minorities are large; elsewhere 98–99 % Kinh. Region decides naming of villages
// (thôn / bản / ấp), family-name variants and a fertility factor (TFR is higher in the
// northern mountains and Central Highlands, lower in the Southeast).

export type Region = "NMM" | "RRD" | "NCC" | "CH" | "SE" | "MD";

export interface ProvinceFacts {
  population: number;
  region: Region;
  /** Ethnic codes (Decision 1019) with shares in percent; the rest is Kinh. */
  ethnic?: Record<string, number>;
  /** Relative pull on migrants from other provinces (1 = neutral). */
  attraction?: number;
}

export const PROVINCES: Record<string, ProvinceFacts> = {
  "01": { population: 8_053_663, region: "RRD", attraction: 2.2 },
  "02": { population: 854_679, region: "NMM", ethnic: { "08": 33, "02": 23, "09": 15, "07": 9, "26": 3, "36": 2, "45": 1 } },
  "04": { population: 530_341, region: "NMM", ethnic: { "02": 41, "07": 31, "08": 11, "09": 10 } },
  "06": { population: 313_905, region: "NMM", ethnic: { "02": 53, "09": 17, "07": 10, "08": 7 } },
  "08": { population: 784_811, region: "NMM", ethnic: { "02": 25, "09": 12, "13": 8, "08": 3 } },
  "10": { population: 730_420, region: "NMM", ethnic: { "08": 24, "02": 15, "09": 14, "26": 5, "07": 4, "33": 3 } },
  "11": { population: 598_856, region: "NMM", ethnic: { "03": 37, "08": 37, "23": 3 } },
  "12": { population: 460_196, region: "NMM", ethnic: { "08": 36, "03": 32, "09": 12, "33": 4, "36": 2 } },
  "14": { population: 1_248_415, region: "NMM", ethnic: { "03": 53, "08": 17, "04": 8, "09": 3, "23": 2 } },
  "15": { population: 821_030, region: "NMM", ethnic: { "02": 19, "09": 10, "08": 10, "03": 6 } },
  "17": { population: 854_131, region: "NMM", ethnic: { "04": 63, "03": 4, "02": 2, "09": 2 } },
  "19": { population: 1_286_751, region: "NMM", ethnic: { "02": 11, "07": 5, "13": 3, "17": 3, "09": 2 }, attraction: 1.3 },
  "20": { population: 781_655, region: "NMM", ethnic: { "07": 42, "02": 35, "09": 4 } },
  "22": { population: 1_320_324, region: "RRD", ethnic: { "09": 5, "02": 3, "17": 2 }, attraction: 1.4 },
  "24": { population: 1_803_950, region: "NMM", ethnic: { "07": 5, "02": 3, "13": 2, "17": 2 }, attraction: 1.3 },
  "25": { population: 1_463_726, region: "NMM", ethnic: { "04": 13 } },
  "26": { population: 1_151_154, region: "RRD", attraction: 1.4 },
  "27": { population: 1_368_840, region: "RRD", attraction: 2.5 },
  "30": { population: 1_892_254, region: "RRD", attraction: 1.1 },
  "31": { population: 2_028_514, region: "RRD", attraction: 1.5 },
  "33": { population: 1_252_731, region: "RRD", attraction: 1.1 },
  "34": { population: 1_860_447, region: "RRD" },
  "35": { population: 852_800, region: "RRD" },
  "36": { population: 1_780_393, region: "RRD" },
  "37": { population: 982_487, region: "RRD" },
  "38": { population: 3_640_128, region: "NCC", ethnic: { "04": 10, "03": 6 } },
  "40": { population: 3_327_791, region: "NCC", ethnic: { "03": 10, "23": 1, "08": 1 } },
  "42": { population: 1_288_866, region: "NCC" },
  "44": { population: 895_430, region: "NCC", ethnic: { "24": 2 } },
  "45": { population: 632_375, region: "NCC", ethnic: { "24": 9, "27": 1 } },
  "46": { population: 1_128_620, region: "NCC", ethnic: { "27": 2, "25": 1 } },
  "48": { population: 1_134_310, region: "NCC", attraction: 1.8 },
  "49": { population: 1_495_812, region: "NCC", ethnic: { "25": 4, "16": 2, "29": 1 } },
  "51": { population: 1_231_697, region: "NCC", ethnic: { "18": 10, "30": 2 } },
  "52": { population: 1_486_918, region: "NCC", ethnic: { "12": 1 } },
  "54": { population: 872_964, region: "NCC", ethnic: { "11": 2, "12": 1 } },
  "56": { population: 1_231_107, region: "NCC", ethnic: { "19": 4 }, attraction: 1.2 },
  "58": { population: 590_467, region: "NCC", ethnic: { "14": 12, "19": 9 } },
  "60": { population: 1_230_808, region: "NCC", ethnic: { "14": 3, "19": 1, "06": 1 } },
  "62": { population: 540_438, region: "CH", ethnic: { "16": 25, "12": 12, "29": 7 } },
  "64": { population: 1_513_847, region: "CH", ethnic: { "10": 34, "12": 12 } },
  "66": { population: 1_869_322, region: "CH", ethnic: { "11": 17, "07": 4, "02": 3, "20": 2, "08": 2 } },
  "67": { population: 622_168, region: "CH", ethnic: { "20": 9, "07": 7, "02": 5, "08": 4, "28": 2 } },
  "68": { population: 1_296_906, region: "CH", ethnic: { "15": 12, "28": 3, "34": 2, "07": 2 } },
  "70": { population: 994_679, region: "SE", ethnic: { "22": 9, "05": 2, "07": 2 }, attraction: 1.1 },
  "72": { population: 1_169_165, region: "SE", ethnic: { "05": 1, "14": 1 } },
  "74": { population: 2_426_561, region: "SE", attraction: 3.5 },
  "75": { population: 3_097_107, region: "SE", ethnic: { "06": 3, "07": 2, "31": 1 }, attraction: 2.2 },
  "77": { population: 1_148_313, region: "SE", attraction: 1.5 },
  "79": { population: 8_993_082, region: "SE", ethnic: { "06": 5, "05": 1 }, attraction: 2.8 },
  "80": { population: 1_688_547, region: "MD", attraction: 1.6 },
  "82": { population: 1_764_185, region: "MD" },
  "83": { population: 1_288_463, region: "MD" },
  "84": { population: 1_009_168, region: "MD", ethnic: { "05": 32 } },
  "86": { population: 1_022_791, region: "MD", ethnic: { "05": 2 } },
  "87": { population: 1_599_504, region: "MD" },
  "89": { population: 1_908_352, region: "MD", ethnic: { "05": 5, "14": 1 } },
  "91": { population: 1_723_067, region: "MD", ethnic: { "05": 12, "06": 2 } },
  "92": { population: 1_235_171, region: "MD", ethnic: { "05": 2, "06": 1 }, attraction: 1.2 },
  "93": { population: 733_017, region: "MD", ethnic: { "05": 3 } },
  "94": { population: 1_199_653, region: "MD", ethnic: { "05": 30, "06": 5 } },
  "95": { population: 907_236, region: "MD", ethnic: { "05": 8, "06": 2 } },
  "96": { population: 1_194_476, region: "MD", ethnic: { "05": 3 } },
};

/** The register's own figures where a seed document gives them (used at scale 1). */
export const REGISTER_TARGETS: Record<string, { persons: number; households: number }> = {
  "30": { persons: 1_931_382, households: 508_028 },
};

/** Average household size by region (2019 census: 3.6 nationally; larger in the mountains). */
export const HOUSEHOLD_SIZE: Record<Region, number> = { NMM: 4.0, RRD: 3.5, NCC: 3.6, CH: 3.9, SE: 3.4, MD: 3.5 };

/** Multiplies age-specific fertility so that regional TFRs differ as they do in Vietnam. */
export const FERTILITY_FACTOR: Record<Region, number> = { NMM: 1.15, RRD: 1.08, NCC: 1.08, CH: 1.12, SE: 0.8, MD: 0.85 };
