// Every figure of every report form for a register small enough to count by hand
// (hand-register.fixture.ts): commune A1, its district A and its province P, for June 2025
// and the second quarter of 2025 (on the tree before 1 July 2025); and for the year 2025,
// whose reports use the tree of its last day, commune TD (Thành Đông, which took in A1 and
// A2) and the new province HP (Hải Phòng, which took in P and Q1's province), re-aggregated.
//
// THE REGISTER (ages in completed years on the dates that matter)
//
//  id  who                sex birth       where (spells)                            ages: 31/12/24  30/6/25  2/7/25  31/12/25
//   1  An (grandfather)   M   1958-05-01  A1 H1, dies 30/6/2025                      66        –        –       –
//   2  Bình (his wife)    F   1962-08-20  A1 H1                                      62        62       62      63
//   3  Cường (their son)  M   1991-02-10  A1 H1                                      33        34       34      34
//   4  Dung (his wife)    F   1996-03-01  A1 H1; pill from 15/9/2025                 28        29       29      29
//   5  Đức                M   2025-06-30  born in A1 H1 on 30/6 (mother 4, order 2)  –         0        0       0
//   6  Hoa                F   2019-10-10  A1 H1                                      5         5        5       6
//   7  Em                 M   2006-03-03  A1 H2; marries 8 on 20/6/2025              18        19       19      19
//   8  Giang              F   2008-01-15  A2 H4, moves to A1 H2 on 20/6 (marriage);  16        17       17      17
//                                         pill from 25/6/2025
//   9  Hạnh (7's mother)  F   1972-06-01  A1 H2                                      52        53       53      53
//  10  Khoa               M   1986-01-20  A2 H3                                      38        39       39      39
//  11  Lan (his wife)     F   1988-11-11  A2 H3; condom until 1/3/2025; pregnant     36        36       36      37
//                                         (recorded 20/5, screened 25/6), gives birth 31/12
//  12  Minh               M   2012-12-12  A2 H3                                      12        12       12      13
//  13  Ngọc               F   1980-02-02  A2 H4; IUD; divorces 14 on 5/5/2025         44        45       45      45
//  14  Phúc               M   1978-08-08  A2 H4, moves to B1 H8 on 10/6/2025          46        46       46      47
//  15  Quang              M   2001-01-05  Q1 (other province), moves to A2 H5          23        24       24      24
//                                         (collective) on 15/4; marries 20 on 8/8
//  16  Sơn                M   1949-06-06  B1 H7                                      75        76       76      76
//  17  Thu (his wife)     F   1953-03-03  B1 H7, dies 31/12/2025                     71        72       72      –
//  18  Tài                M   1999-05-05  B1 H7, moves abroad on 31/12/2025          25        26       26      –
//  19  Uyên               F   2025-12-31  born in A2 H3 on 31/12 (mother 11, order 3) –        –        –       0
//  20  Yến                F   1999-09-09  B1 H7; marries 15 on 8/8; calendar          25        25       25      26
//                                         method from 1/10/2025
//  21  Vân                F   2006-07-07  B1 H7                                      18        18       18      19
//  22  Xuân               M   2025-04-04  born in B1 H7 on 4/4 (mother 21, aged 18,   –         0        0       –
//                                         order 1), dies 11/11/2025 aged 0
//  23  Vinh               M   1940-02-02  A2 H9 alone, dies 2/2/2025 (H9 dissolved)   84        –        –       –
//  24  Ý                  M   1990-01-01  a temporary resident of A1 H1: never counted
//
// Marriages: 1–2 (ends with 1's death 30/6/2025), 3–4, 10–11, 14–13 (divorce 5/5/2025),
// 16–17 (ends with 17's death 31/12/2025), 7–8 on 20/6/2025 (both under age: he is 19,
// she 17; not counselled), 15–20 on 8/8/2025 (consanguineous, counselled). Each marriage
// and divorce is one event per spouse, recorded in the spouse's commune of the day: 8's
// marriage in A2 (before her move), 15's in A2, 20's in B1.
// Households: A1 H1, H2 (family); A2 H3, H4 (family), H5 (collective, from 15/4/2025),
// H9 (dissolved 2/2/2025); B1 H7 (family), H8 (family, from 10/6/2025); Q1 H6 (dissolved
// 15/4/2025).
// Other events: elderly check-ups 16 on 10/3 and 5/6, 17 on 5/6 (all B1), 2 on 20/11 (A1),
// plus 16 on 31/12/2024 and 1/1/2026 (outside 2025) and 2 on 10/6 (SUBMITTED, not
// verified: never counted); newborn screenings 22 on 6/4 (B1), 5 on 3/7 (A1).
//
// PERIODS: June = 1–30/6/2025 (day before 31/5, middle 15/6), Q2 = 1/4–30/6/2025 (day
// before 31/3, middle 16/5), 2025 = 1/1–31/12/2025 (day before 31/12/2024, middle 2/7).
// Stocks are counted on the last day (a death or a move that day is out, a birth in).
// The columns of other communes of A and other districts of P hold nobody: every count
// there is 0 and every rate null.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getIndicator } from "@danso/domain";
import { createTestDatabase, type TestDatabase } from "../testing/index.js";
import { loadHandRegister, type UnitKey } from "./hand-register.fixture.js";
import { computeIndicators } from "./indicators.js";
import { computeReport, ReportMismatchError } from "./report.js";
import { UnitNotFoundError } from "./columns.js";

type Column = "A1" | "A2" | "A" | "B" | "P" | "TD" | "CL" | "HA" | "HP";
/** The hand values of the columns a period's reports have (the tree of its last day). */
type Expected = Partial<Record<Column, Record<string, number | null>>>;

// ─── June 2025 ──────────────────────────────────────────────────────────────────────
// Stock on 30/6: A1 = H1 {2,3,4,5,6} + H2 {7,9,8} = 8 (men 3,5,7; women 2,4,6,9,8): the
// newborn 5 is in, An (1) who died that day is out. A2 = H3 {10,11,12} + H4 {13} + H5 {15}
// = 5 (men 10,12,15; women 11,13). B1 = H7 {16,17,18,20,21,22} + H8 {14} = 7 (men
// 16,18,22,14; women 17,20,21). A = 13 (6 men, 7 women), P = 20 (10, 10).
// Households on 30/6: A1 H1, H2; A2 H3, H4 + collective H5; B1 H7, H8 → A 5 (4 family), P 7 (6).
// Married women 15–49 on 30/6: A1 4 (29) and 8 (17, married 20/6); A2 11 (36); 13 is
// divorced, 2 is 62 and a widow since 30/6, 17 is 72 → A 3, B 0, P 3. Using a method:
// only 8 (pill since 25/6); 4 gave birth that day without one.
// Flows in June: birth of 5 (A1, boy, order 2, mother 29); death of 1 (A1, 67); 14 moves
// A2 → B1 (other district of P); 8 moves A2 → A1 (same district): for A1 a move in from the
// same district, for A2 a move out to it, for A and P nothing; 14's move is an out-move
// of A2 and A and an in-move of B1 and B, nothing for P. Marriage 7–8: one person in A1 (7)
// and one in A2 (8), both under age, not counselled. Pill start of 8 (A1). Prenatal
// screening of 11 (A2). Check-ups 16 and 17 (B1) on 5/6; 2's on 10/6 is not verified.
const JUNE: Expected = {
  A1: {
    HOUSEHOLDS: 2, FAMILY_HOUSEHOLDS: 2, POP_END: 8, POP_END_MALE: 3, POP_END_FEMALE: 5, MARRIED_WOMEN_15_49: 2,
    BIRTHS: 1, BIRTHS_MALE: 1, BIRTHS_ORDER_2: 1, DEATHS: 1, MARRIAGES: 1, CHILD_MARRIAGES: 1,
    MOVES_IN: 1, MOVES_IN_SAME_DISTRICT: 1, CP_USERS: 1, CP_USERS_PILL: 1, NEW_ACCEPTORS: 1, NEW_ACCEPTORS_PILL: 1,
  },
  A2: {
    HOUSEHOLDS: 3, FAMILY_HOUSEHOLDS: 2, POP_END: 5, POP_END_MALE: 3, POP_END_FEMALE: 2, MARRIED_WOMEN_15_49: 1,
    MARRIAGES: 1, CHILD_MARRIAGES: 1, MOVES_OUT: 2, MOVES_OUT_SAME_DISTRICT: 1, MOVES_OUT_OTHER_DISTRICT: 1, PRENATAL_SCREENINGS: 1,
  },
  A: {
    HOUSEHOLDS: 5, FAMILY_HOUSEHOLDS: 4, POP_END: 13, POP_END_MALE: 6, POP_END_FEMALE: 7, MARRIED_WOMEN_15_49: 3,
    BIRTHS: 1, BIRTHS_MALE: 1, BIRTHS_ORDER_2: 1, DEATHS: 1, MARRIAGES: 2, CHILD_MARRIAGES: 2,
    MOVES_OUT: 1, MOVES_OUT_OTHER_DISTRICT: 1, CP_USERS: 1, CP_USERS_PILL: 1, NEW_ACCEPTORS: 1, NEW_ACCEPTORS_PILL: 1, PRENATAL_SCREENINGS: 1,
  },
  B: {
    HOUSEHOLDS: 2, FAMILY_HOUSEHOLDS: 2, POP_END: 7, POP_END_MALE: 4, POP_END_FEMALE: 3,
    MOVES_IN: 1, MOVES_IN_OTHER_DISTRICT: 1, ELDERLY_CHECKUPS: 2,
  },
  P: {
    HOUSEHOLDS: 7, FAMILY_HOUSEHOLDS: 6, POP_END: 20, POP_END_MALE: 10, POP_END_FEMALE: 10, MARRIED_WOMEN_15_49: 3,
    BIRTHS: 1, BIRTHS_MALE: 1, BIRTHS_ORDER_2: 1, DEATHS: 1, MARRIAGES: 2, CHILD_MARRIAGES: 2,
    CP_USERS: 1, CP_USERS_PILL: 1, NEW_ACCEPTORS: 1, NEW_ACCEPTORS_PILL: 1, PRENATAL_SCREENINGS: 1, ELDERLY_CHECKUPS: 2,
  },
};

// ─── Second quarter 2025 ────────────────────────────────────────────────────────────
// The quarter ends on 30/6 like June: the same stocks, households and married women.
// Flows are June's plus April and May: birth of 22 on 4/4 (B1, boy, order 1, mother 21
// aged 18: a mother under 20); 15 moves in to A2 from Q1 in another province on 15/4 (an
// in-move from another province for A2, A and P); divorce of 13 and 14 on 5/5 (two persons,
// both in A2); pregnancy of 11 recorded 20/5 (A2); newborn screening of 22 on 6/4 (B1).
// Nothing of A1 happened in April or May: A1 is as in June.
const Q2: Expected = {
  A1: JUNE.A1,
  A2: {
    ...JUNE.A2, DIVORCES: 2, MOVES_IN: 1, MOVES_IN_OTHER_PROVINCE: 1, PREGNANCIES: 1,
  },
  A: {
    ...JUNE.A, DIVORCES: 2, MOVES_IN: 1, MOVES_IN_OTHER_PROVINCE: 1, PREGNANCIES: 1,
  },
  B: {
    ...JUNE.B, BIRTHS: 1, BIRTHS_MALE: 1, BIRTHS_MOTHER_UNDER_20: 1, NEWBORN_SCREENINGS: 1,
  },
  P: {
    ...JUNE.P, BIRTHS: 2, BIRTHS_MALE: 2, BIRTHS_MOTHER_UNDER_20: 1, DIVORCES: 2, MOVES_IN: 1, MOVES_IN_OTHER_PROVINCE: 1,
    PREGNANCIES: 1, NEWBORN_SCREENINGS: 1,
  },
};

// ─── Year 2025 ──────────────────────────────────────────────────────────────────────
// The year ends after the reorganisation of 1 July 2025: its reports use the tree of
// 31/12/2025, where A1 and A2 are Phường Thành Đông (TD), B1 is Phường Chí Linh (CL), Q1 is
// Phường Hồng An (HA), all four in the new Hải Phòng city (HP), and there are no districts.
// The old units are not valid on 31/12/2025: no 2025 report for them. The re-addressing
// closed every spell open on 30/6 on 1/7 (end REORGANISATION) and reopened it that day in
// the household's successor (A1, A2 → TD; B1 → CL), moved what the register holds from 1/7
// on into the new units (the screening of 5 on 3/7, the marriages of 8/8, …, the births,
// deaths and move of December), and left earlier spells and events in the old units with
// their successor: TD, CL and HA count them for 2025 ("re-aggregated"). A reorganisation's
// spell end and start are neither a move nor any other flow.
// Stock on 31/12/2025: TD = A1's H1 {2,3,4,5,6}, H2 {7,9,8} + A2's H3 {10,11,12,19}, H4
// {13}, H5 {15} = 14 (men 3,5,7,10,12,15; women 2,4,6,9,8,11,19,13); CL = H7 {16,20,21} +
// H8 {14} = 4 (17 died and 18 left on 31/12, 22 died in November; men 16,14; women 20,21);
// HA nobody (Q1's only resident left in April). HP = 18 (8 men, 10 women).
// Households on 31/12: TD H1, H2, H3, H4 (family) and H5 (collective); CL H7, H8 → HP 7 (6).
// Start (31/12/2024): TD = A1 {1,2,3,4,6,7,9} + A2 {10,11,12,13,14,8,23} = 14; CL = B1
// {16,17,18,20,21} = 5; HA = Q1 {15} = 1 → HP 20. Middle (2/7/2025): TD = A1 8 + A2
// {10,11,12,13,15} 5 = 13; CL {16,17,18,20,21,22,14} = 7; HA 0 → HP 20.
// Women 15–49 on 2/7 by age group: TD 8 (15–19), 4 (25–29), 11 (35–39), 13 (45–49); CL 21
// (15–19: 18 until 7/7), 20 (25–29) → HP 6.
// Births: 5 (TD, A1 then, boy, order 2, mother 29), 19 (TD, girl, order 3, mother 37), 22
// (CL, boy, order 1, mother 18). Deaths: 1 (TD, man, 67), 23 (TD, man, 85), 22 (CL, boy, 0:
// an infant), 17 (CL, woman, 72). Moves, each end counted where its spell counts now: 8 A2 →
// A1 is inside TD (no move for it); 14 A2 → B1 is out of TD and into CL, two communes of one
// province (no districts: the scope inside the province is "other district"); 15 Q1 → A2 in
// April is out of HA and into TD, the same way; 18 from CL abroad on 31/12. For HP only the
// move abroad is a move: the other three are inside the city.
// Check: start + births − deaths + in − out = end: TD 14+2−2+1−1 = 14; CL 5+1−2+1−1 = 4;
// HA 1+0−0+0−1 = 0; HP 20+3−4+0−1 = 18.
// Married women 15–49 on 31/12: TD 4 (pill since 15/9), 8 (pill), 11 (no method); CL 20
// (calendar method, traditional) → HP 4.
// Marriages: 7 (A1) and 8 (A2) on 20/6, both in TD; 15 (TD) and 20 (CL) on 8/8
// (consanguineous, counselled). Couples: TD 2 (7–8, 15–20), CL 1 (15–20), HP 2 (a couple
// with both spouses inside a column counts once); counselled: only 15–20.
// New contraceptive users: 8 pill (TD, June), 4 pill (TD, 15/9), 20 calendar (CL, 1/10).
// Check-ups: CL 16 on 10/3 and 5/6, 17 on 5/6 → 3; TD 2 on 20/11 → 1.
// Newborn screenings: 22 (CL, April), 5 (TD, 3/7).
// So TD has the figures the abolished district A would have had (it holds its only two
// communes with people), but for 15's move, now from a commune of the same province; CL has
// those of district B; HP those of province P but for the 15's move, now internal, and Q1's
// start (15 was in Q1 on 31/12/2024).
//
// Rates, the year being a whole year (no annualisation):
//   CBR = births / mid population × 1000; CDR = deaths / mid × 1000; natural increase =
//   (births − deaths) / mid × 1000:
//     TD 2/13 → 153.846…, 153.846…, 0; CL 1/7 → 142.857…, 2/7 → 285.714…, −142.857…;
//     HP 3/20 → 150, 4/20 → 200, −50.
//   GFR = births / women 15–49 on 2/7 × 1000: TD 2/4, CL 1/2, HP 3/6 → 500 each.
//   TFR = 5 × Σ births of the group / women of the group (per woman):
//     TD 25–29 1/1 + 35–39 1/1 → 10; CL 15–19: 1/1 → 5; HP 15–19 1/2 + 25–29 1/2 + 35–39 1/1 → 5 × 2 = 10.
//   SRB = boys / girls × 100: TD 1/1 → 100; CL 1/0 → none; HP 2/1 → 200.
//   Share of order 3+: TD 1/2 → 50; CL 0; HP 1/3 → 33.33…
//   Share of mothers under 20: TD 0; CL 1/1 → 100; HP 1/3 → 33.33…
//   IMR = infant deaths / births × 1000: TD 0; CL 1/1 → 1000; HP 1/3 → 333.33…
//   Couples counselled: TD 1/2 → 50; CL 1/1 → 100; HP 1/2 → 50.
//   CPR = users / married women × 100, mCPR = modern users / married women × 100:
//     TD 2/3 → 66.67, 66.67; CL 1/1 → 100, 0 (calendar); HP 3/4 → 75, 2/4 → 50.
//   In-, out-, net migration per 1000 of mid population: TD 1/13, 1/13 → 76.92…, 76.92…, 0;
//     CL 1/7, 1/7 → 142.857…, 142.857…, 0; HP 0/20, 1/20 → 0, 50, −50.
//   Sex ratio (men per 100 women on 31/12): TD 6/8 → 75; CL 2/2 → 100; HP 8/10 → 80.
//   Ages on 31/12: TD 0,0,6,13,17,19,24,29,34,37,39,45,53,63; CL 19,26,47,76.
//   Dependency (0–14 + 65+) / 15–64 × 100, child, old-age:
//     TD 4/10 → 40, 40, 0; CL (0+1)/3 → 33.33, 0, 33.33; HP (4+1)/13 → 38.46…, 4/13 → 30.77…, 1/13 → 7.69…
//   Ageing index 60+ / 0–14 × 100: TD 1/4 → 25 (2 is 63); CL 1/0 → none; HP 2/4 → 50.
//   Median age, interpolated in its group (0, 1–4, 5–9, …): half of N, L + (N/2 − below) / n × width:
//     TD N 14, half 7: below 20 are 0,0,6,13,17,19 (6), 20–24 holds 24 → 20 + (7−6)/1 × 5 = 25;
//     CL N 4, half 2: below 25 is 19 (1), 25–29 holds 26 → 25 + (2−1)/1 × 5 = 30;
//     HP N 18, half 9: below 25 are 0,0,6,13,17,19,19,24 (8), 25–29 holds 26,29 → 25 + 1/2 × 5 = 27.5.
//   HA has no population in the middle of the year or at its end, no birth, no woman: every
//   rate is undefined.
/** The rates of the annual forms (given for every column that holds anyone). */
const YEAR_RATES = [
  "CBR", "CDR", "NATURAL_INCREASE_RATE", "GFR", "TFR", "SRB", "SHARE_ORDER_3_PLUS", "SHARE_MOTHER_UNDER_20", "IMR", "SHARE_COUPLES_COUNSELLED",
  "CPR", "MCPR", "IN_MIGRATION_RATE", "OUT_MIGRATION_RATE", "NET_MIGRATION_RATE", "SEX_RATIO", "DEPENDENCY_RATIO", "CHILD_DEPENDENCY_RATIO",
  "OLD_AGE_DEPENDENCY_RATIO", "AGEING_INDEX", "MEDIAN_AGE",
];
const YEAR: Expected = {
  TD: {
    HOUSEHOLDS: 5, FAMILY_HOUSEHOLDS: 4, POP_END: 14, POP_END_MALE: 6, POP_END_FEMALE: 8, MARRIED_WOMEN_15_49: 3,
    BIRTHS: 2, BIRTHS_MALE: 1, BIRTHS_FEMALE: 1, BIRTHS_ORDER_2: 1, BIRTHS_ORDER_3_PLUS: 1, DEATHS: 2,
    MARRIAGES: 3, CHILD_MARRIAGES: 2, CONSANGUINEOUS_MARRIAGES: 1, COUPLES_COUNSELLED: 1, DIVORCES: 2,
    MOVES_IN: 1, MOVES_IN_OTHER_DISTRICT: 1, MOVES_OUT: 1, MOVES_OUT_OTHER_DISTRICT: 1, CP_USERS: 2, CP_USERS_PILL: 2,
    NEW_ACCEPTORS: 2, NEW_ACCEPTORS_PILL: 2, PREGNANCIES: 1, PRENATAL_SCREENINGS: 1, NEWBORN_SCREENINGS: 1, ELDERLY_CHECKUPS: 1,
    POP_START: 14, POP_MID: 13, WOMEN_15_49: 4, ELDERLY: 1, CBR: 2000 / 13, CDR: 2000 / 13, NATURAL_INCREASE_RATE: 0, GFR: 500,
    TFR: 10, SRB: 100, SHARE_ORDER_3_PLUS: 50, SHARE_MOTHER_UNDER_20: 0, IMR: 0, SHARE_COUPLES_COUNSELLED: 50,
    CPR: 200 / 3, MCPR: 200 / 3, IN_MIGRATION_RATE: 1000 / 13, OUT_MIGRATION_RATE: 1000 / 13, NET_MIGRATION_RATE: 0,
    SEX_RATIO: 75, DEPENDENCY_RATIO: 40, CHILD_DEPENDENCY_RATIO: 40, OLD_AGE_DEPENDENCY_RATIO: 0, AGEING_INDEX: 25, MEDIAN_AGE: 25,
  },
  CL: {
    HOUSEHOLDS: 2, FAMILY_HOUSEHOLDS: 2, POP_END: 4, POP_END_MALE: 2, POP_END_FEMALE: 2, MARRIED_WOMEN_15_49: 1,
    BIRTHS: 1, BIRTHS_MALE: 1, BIRTHS_MOTHER_UNDER_20: 1, DEATHS: 2, INFANT_DEATHS: 1, MARRIAGES: 1, CONSANGUINEOUS_MARRIAGES: 1,
    COUPLES_COUNSELLED: 1, MOVES_IN: 1, MOVES_IN_OTHER_DISTRICT: 1, MOVES_OUT: 1, MOVES_OUT_ABROAD_UNKNOWN: 1,
    CP_USERS: 1, CP_USERS_CALENDAR: 1, NEW_ACCEPTORS: 1, NEW_ACCEPTORS_CALENDAR: 1, NEWBORN_SCREENINGS: 1, ELDERLY_CHECKUPS: 3,
    POP_START: 5, POP_MID: 7, WOMEN_15_49: 2, ELDERLY: 1, CBR: 1000 / 7, CDR: 2000 / 7, NATURAL_INCREASE_RATE: -1000 / 7, GFR: 500,
    TFR: 5, SRB: null, SHARE_ORDER_3_PLUS: 0, SHARE_MOTHER_UNDER_20: 100, IMR: 1000, SHARE_COUPLES_COUNSELLED: 100, CPR: 100, MCPR: 0,
    IN_MIGRATION_RATE: 1000 / 7, OUT_MIGRATION_RATE: 1000 / 7, NET_MIGRATION_RATE: 0, SEX_RATIO: 100,
    DEPENDENCY_RATIO: 100 / 3, CHILD_DEPENDENCY_RATIO: 0, OLD_AGE_DEPENDENCY_RATIO: 100 / 3, AGEING_INDEX: null, MEDIAN_AGE: 30,
  },
  HA: {
    POP_START: 1, MOVES_OUT: 1, MOVES_OUT_OTHER_DISTRICT: 1,
    ...Object.fromEntries(YEAR_RATES.map((r) => [r, null])),
  },
  HP: {
    HOUSEHOLDS: 7, FAMILY_HOUSEHOLDS: 6, POP_END: 18, POP_END_MALE: 8, POP_END_FEMALE: 10, MARRIED_WOMEN_15_49: 4,
    BIRTHS: 3, BIRTHS_MALE: 2, BIRTHS_FEMALE: 1, BIRTHS_ORDER_2: 1, BIRTHS_ORDER_3_PLUS: 1, BIRTHS_MOTHER_UNDER_20: 1,
    DEATHS: 4, INFANT_DEATHS: 1, MARRIAGES: 4, CHILD_MARRIAGES: 2, CONSANGUINEOUS_MARRIAGES: 2, COUPLES_COUNSELLED: 1, DIVORCES: 2,
    MOVES_OUT: 1, MOVES_OUT_ABROAD_UNKNOWN: 1,
    CP_USERS: 3, CP_USERS_PILL: 2, CP_USERS_CALENDAR: 1, NEW_ACCEPTORS: 3, NEW_ACCEPTORS_PILL: 2, NEW_ACCEPTORS_CALENDAR: 1,
    PREGNANCIES: 1, PRENATAL_SCREENINGS: 1, NEWBORN_SCREENINGS: 2, ELDERLY_CHECKUPS: 4,
    POP_START: 20, POP_MID: 20, WOMEN_15_49: 6, ELDERLY: 2, CBR: 150, CDR: 200, NATURAL_INCREASE_RATE: -50, GFR: 500, TFR: 10,
    SRB: 200, SHARE_ORDER_3_PLUS: 100 / 3, SHARE_MOTHER_UNDER_20: 100 / 3, IMR: 1000 / 3, SHARE_COUPLES_COUNSELLED: 50, CPR: 75, MCPR: 50,
    IN_MIGRATION_RATE: 0, OUT_MIGRATION_RATE: 50, NET_MIGRATION_RATE: -50, SEX_RATIO: 80,
    DEPENDENCY_RATIO: 500 / 13, CHILD_DEPENDENCY_RATIO: 400 / 13, OLD_AGE_DEPENDENCY_RATIO: 100 / 13, AGEING_INDEX: 50, MEDIAN_AGE: 27.5,
  },
};

let t: TestDatabase;
let units: Record<UnitKey, number>;
beforeAll(async () => {
  t = await createTestDatabase();
  units = await loadHandRegister(t.pool);
});
afterAll(() => t?.drop());

/** The hand value of an indicator in a column; columns of empty units hold 0 or no value. */
function handValue(expected: Expected, column: Column | null, indicator: string): number | null {
  const def = getIndicator(indicator);
  if (column === null) return def.kind === "rate" ? null : 0;
  const values = expected[column];
  if (!values) throw new Error(`No hand values for ${column}`);
  if (indicator in values) return values[indicator]!;
  if (def.kind === "rate") throw new Error(`No hand value for ${indicator} in ${column}`);
  return 0;
}

const same = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)));

// June and the second quarter end on 30/6/2025, on the old tree; the year on the new one.
const CASES: { form: string; unit: Column; period: string; expected: Expected; children: Column[] }[] = [
  { form: "01-DSX", unit: "A1", period: "2025-M06", expected: JUNE, children: [] },
  { form: "02-DSX", unit: "A1", period: "2025-Q2", expected: Q2, children: [] },
  { form: "03-DSX", unit: "TD", period: "2025", expected: YEAR, children: [] },
  { form: "DSH-THANG", unit: "A", period: "2025-M06", expected: JUNE, children: ["A1", "A2"] },
  { form: "01-DSH", unit: "A", period: "2025-Q2", expected: Q2, children: ["A1", "A2"] },
  { form: "DST-THANG", unit: "P", period: "2025-M06", expected: JUNE, children: ["A", "B"] },
  { form: "DST-QUY", unit: "P", period: "2025-Q2", expected: Q2, children: ["A", "B"] },
  { form: "DST-NAM", unit: "HP", period: "2025", expected: YEAR, children: ["TD", "CL", "HA"] },
];

describe("report forms on a register counted by hand", () => {
  for (const c of CASES) {
    it(`fills ${c.form} for ${c.unit}, ${c.period}`, async () => {
      const report = await computeReport(t.db, c.form, units[c.unit], c.period);
      expect(report.unit.id).toBe(units[c.unit]);
      expect(report.columns[0]!.id).toBe(units[c.unit]);
      // A has 24 communes, P 12 districts, HP 114 communes; commune forms have the commune only.
      expect(report.columns.length).toBe({ A1: 1, TD: 1, A: 25, P: 13, HP: 115 }[c.unit as "A1" | "TD" | "A" | "P" | "HP"]);
      const keyOf = new Map<number, Column>([[units[c.unit], c.unit], ...c.children.map((k) => [units[k], k] as [number, Column])]);
      for (const k of c.children) expect(report.columns.some((col) => col.id === units[k]), k).toBe(true);
      const wrong: string[] = [];
      let checked = 0;
      for (const line of report.lines) {
        if (line.kind !== "indicator") continue;
        report.columns.forEach((col, j) => {
          const want = handValue(c.expected, keyOf.get(col.id) ?? null, line.indicator);
          const got = line.values[j]!;
          checked++;
          if (!same(got, want)) wrong.push(`${line.number} ${line.indicator} [${keyOf.get(col.id) ?? col.name}]: ${got} ≠ ${want}`);
        });
      }
      expect(wrong).toEqual([]);
      expect(checked).toBeGreaterThanOrEqual(59);
    });
  }
});

describe("migration depends on the unit", () => {
  it("counts a move between two districts for the communes and districts, not for the province", async () => {
    // 14 moved from A2 (district A) to B1 (district B) on 10/6/2025; 8 from A2 to A1 on 20/6.
    const codes = ["MOVES_IN", "MOVES_OUT", "MOVES_IN_OTHER_DISTRICT", "MOVES_OUT_OTHER_DISTRICT", "MOVES_IN_SAME_DISTRICT", "MOVES_OUT_SAME_DISTRICT", "NET_MIGRATION"];
    const province = await computeIndicators(t.db, { unitId: units.P, period: "2025-M06", withChildren: true, indicators: codes });
    const district = await computeIndicators(t.db, { unitId: units.A, period: "2025-M06", withChildren: true, indicators: codes });
    const b1 = await computeIndicators(t.db, { unitId: units.B1, period: "2025-M06", indicators: codes });
    const at = (table: typeof province, code: string, unit: number) => table.values[codes.indexOf(code)]![table.columns.findIndex((c) => c.id === unit)];
    // Commune level: A2 lost both, one to another district and one to the same district.
    expect(at(district, "MOVES_OUT", units.A2)).toBe(2);
    expect(at(district, "MOVES_OUT_OTHER_DISTRICT", units.A2)).toBe(1);
    expect(at(district, "MOVES_OUT_SAME_DISTRICT", units.A2)).toBe(1);
    expect(at(district, "MOVES_IN_SAME_DISTRICT", units.A1)).toBe(1);
    expect(at(b1, "MOVES_IN_OTHER_DISTRICT", units.B1)).toBe(1);
    // District level: A lost 14 only (8 stayed inside A); B gained 14.
    expect(at(district, "MOVES_OUT", units.A)).toBe(1);
    expect(at(district, "MOVES_IN", units.A)).toBe(0);
    expect(at(province, "MOVES_OUT_OTHER_DISTRICT", units.A)).toBe(1);
    expect(at(province, "MOVES_IN_OTHER_DISTRICT", units.B)).toBe(1);
    // Province level: both moves are internal.
    expect(at(province, "MOVES_IN", units.P)).toBe(0);
    expect(at(province, "MOVES_OUT", units.P)).toBe(0);
    expect(at(province, "NET_MIGRATION", units.P)).toBe(0);
    // Summing the districts would have counted 14 once out and once in.
    expect(at(province, "MOVES_OUT", units.A)! + at(province, "MOVES_OUT", units.B)!).toBe(1);
  });

  it("keeps stock and flows consistent in every column", async () => {
    const codes = ["POP_START", "BIRTHS", "DEATHS", "MOVES_IN", "MOVES_OUT", "POP_END"];
    // Old units for periods ending by 30/6/2025, the new city after (re-aggregated from July
    // back to the start of the period when it reaches before 1/7).
    const cases: [string, number[]][] = [
      ["2025-M06", [units.P, units.A]], ["2025-Q2", [units.P, units.A]],
      ["2025", [units.HP]], ["2025-Q3", [units.HP]], ["2025-M07", [units.HP]], ["2025-M12", [units.HP]], ["2026-M01", [units.HP]],
    ];
    for (const [period, unitList] of cases) {
      for (const unit of unitList) {
        const table = await computeIndicators(t.db, { unitId: unit, period, withChildren: true, indicators: codes });
        table.columns.forEach((col, j) => {
          const [start, births, deaths, ins, outs, end] = codes.map((_, i) => table.values[i]![j]!) as number[];
          expect(start! + births! - deaths! + ins! - outs!, `${col.name} ${period}`).toBe(end);
        });
      }
    }
  });
});

describe("the last day of a period", () => {
  it("counts a birth and a death on the last day in that period, and their stock from then on", async () => {
    const codes = ["BIRTHS", "DEATHS", "POP_START", "POP_END", "MOVES_OUT"];
    const get = async (unit: number, period: string) => {
      const table = await computeIndicators(t.db, { unitId: unit, period, indicators: codes });
      return Object.fromEntries(codes.map((c, i) => [c, table.values[i]![0]]));
    };
    // 5 born and 1 dead in A1 on 30/6/2025: June counts both, the stock on 30/6 has 5 not 1.
    expect(await get(units.A1, "2025-M06")).toEqual({ BIRTHS: 1, DEATHS: 1, POP_START: 7, POP_END: 8, MOVES_OUT: 0 });
    // July is on the new tree, where A1 is part of Thành Đông: July starts from the stock of
    // 30/6 (A1's 8 with 5 and without 1, and A2's 5), counts neither, and the
    // reorganisation of 1/7 is no flow.
    await expect(get(units.A1, "2025-M07")).rejects.toBeInstanceOf(UnitNotFoundError);
    expect(await get(units.TD, "2025-M07")).toEqual({ BIRTHS: 0, DEATHS: 0, POP_START: 13, POP_END: 13, MOVES_OUT: 0 });
    // 19 born in Thành Đông (A2's H3) on 31/12; in Chí Linh (B1) 17 died and 18 left on
    // 31/12: 2025 counts them, January 2026 does not.
    expect(await get(units.TD, "2025-M12")).toMatchObject({ BIRTHS: 1, POP_START: 13, POP_END: 14 });
    expect(await get(units.CL, "2025-M12")).toEqual({ BIRTHS: 0, DEATHS: 1, POP_START: 6, POP_END: 4, MOVES_OUT: 1 });
    expect(await get(units.CL, "2026-M01")).toEqual({ BIRTHS: 0, DEATHS: 0, POP_START: 4, POP_END: 4, MOVES_OUT: 0 });
  });
});

describe("parameters and refusals", () => {
  it("annualises rates over a month unless told not to", async () => {
    // June in A1: 1 birth; middle of June (15/6) A1 has {1,2,3,4,6} + {7,9} = 7 persons.
    // Annualised: 1/7 × 1000 × 365/30 = 1738.095…; not annualised: 142.857…
    const on = await computeIndicators(t.db, { unitId: units.A1, period: "2025-M06", indicators: ["CBR", "IMR"] });
    const off = await computeIndicators(t.db, { unitId: units.A1, period: "2025-M06", indicators: ["CBR"], params: { annualise: false } });
    expect(on.values[0]![0]).toBeCloseTo((1000 / 7) * (365 / 30), 9);
    expect(off.values[0]![0]).toBeCloseTo(1000 / 7, 9);
    // IMR is a ratio of two flows of the same period: never annualised (no infant death: 0).
    expect(on.values[1]![0]).toBe(0);
  });

  it("takes the ageing index threshold as a parameter", async () => {
    // 31/12/2025 in HP: 60+ are 2 and 16, 65+ only 16; under 15 are 5, 6, 12, 19.
    const at65 = await computeIndicators(t.db, { unitId: units.HP, period: "2025", indicators: ["AGEING_INDEX"], params: { elderlyAge: 65 } });
    expect(at65.values[0]![0]).toBe(25);
  });

  it("refuses a form for another level or another kind of period, and a unit that does not exist", async () => {
    await expect(computeReport(t.db, "01-DSH", units.A1, "2025-Q2")).rejects.toBeInstanceOf(ReportMismatchError);
    await expect(computeReport(t.db, "01-DSH", units.A, "2025-M06")).rejects.toBeInstanceOf(ReportMismatchError);
    await expect(computeReport(t.db, "01-DSX", 999_999, "2025-M06")).rejects.toBeInstanceOf(UnitNotFoundError);
  });

  it("refuses the units of the old tree for a period ending after 1 July 2025, and district forms then", async () => {
    await expect(computeReport(t.db, "03-DSX", units.A1, "2025")).rejects.toBeInstanceOf(UnitNotFoundError);
    await expect(computeReport(t.db, "DSH-NAM", units.A, "2025")).rejects.toBeInstanceOf(UnitNotFoundError);
    await expect(computeReport(t.db, "DST-NAM", units.P, "2025")).rejects.toBeInstanceOf(UnitNotFoundError);
    await expect(computeReport(t.db, "DST-THANG", units.P, "2025-M07")).rejects.toBeInstanceOf(UnitNotFoundError);
    // The new tree has no districts: a district form has no unit to be filled for.
    await expect(computeReport(t.db, "DSH-NAM", units.HP, "2025")).rejects.toBeInstanceOf(ReportMismatchError);
    await expect(computeReport(t.db, "DSH-NAM", units.TD, "2025")).rejects.toBeInstanceOf(ReportMismatchError);
  });

  it("refuses a period before the register's first tree", async () => {
    // The old tree starts on 2021-01-01, when the register opened.
    await expect(computeReport(t.db, "01-DSX", units.A1, "2020-M06")).rejects.toBeInstanceOf(UnitNotFoundError);
  });
});
