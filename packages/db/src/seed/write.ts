// Writes a generated world into the register with COPY. Ids are the world's indices + 1
// (the tables are emptied first), so rows can refer to each other without lookups.
import type pg from "pg";
import { ETHNICITIES, foldVietnamese, fromDayNumber, generateCccd } from "@danso/domain";
import { copyRows, type CopyValue } from "../sql/copy.js";
import { fullName, familyName } from "./names.js";
import { PROVINCES } from "./provinces.js";
import { Random } from "./random.js";
import { NONE, OPEN } from "./table.js";
import {
  EDUCATIONS, END_NAMES, EVENT_TYPES, EV, MARITAL_NAMES, METHODS, RELATIONS, START_NAMES, FEMALE, type World,
} from "./world.js";

// Day numbers before 1970 are negative, so only OPEN (not NONE) means "no date".
const date = (day: number) => (day === OPEN ? null : fromDayNumber(day));
const id = (index: number) => (index === NONE ? null : index + 1);
const MARRIAGE_END = [null, "DIVORCE", "DEATH"] as const;
const OUTCOMES = [null, "LIVE_BIRTH", "STILLBIRTH", "MISCARRIAGE", "ABORTION"] as const;
const DELIVERY = ["HEALTH_FACILITY", "HEALTH_FACILITY", "HEALTH_FACILITY", "HEALTH_FACILITY", "HEALTH_FACILITY", "HEALTH_FACILITY", "HOME", "OTHER"];

/** The name of a collaborator's area: a street group in towns, a hamlet in the country. */
export function areaName(urban: boolean, province: string, number: number): string {
  const region = PROVINCES[province]!.region;
  if (urban) return `${region === "SE" || region === "MD" ? "Khu phố" : "Tổ dân phố"} ${number}`;
  if (region === "SE" || region === "MD") return `Ấp ${number}`;
  if (region === "NMM") return `Bản ${number}`;
  return `Thôn ${number}`;
}

export interface WriteProgress {
  (table: string, rows: number, seconds: number): void;
}

export async function writeWorld(client: pg.ClientBase, world: World, seed: string | number, onTable: WriteProgress): Promise<void> {
  const { communes } = world.catalog;
  const random = new Random(`${seed}:write`);
  const P = world.persons, H = world.households, A = world.areas, S = world.spells, E = world.events;

  async function table(name: string, columns: string[], rows: Iterable<readonly CopyValue[]>) {
    const t = Date.now();
    const n = await copyRows(client, name, columns, rows);
    onTable(name, n, (Date.now() - t) / 1000);
  }

  const areaCode = (a: number) => `${communes[A.get(a, "unit")]!.code}-${String(A.get(a, "number")).padStart(2, "0")}`;
  const areaLabel = (a: number) => {
    const c = communes[A.get(a, "unit")]!;
    return areaName(c.urban, c.province, A.get(a, "number"));
  };
  await table("area", ["id", "code", "name", "unit_id", "collaborator_name"], (function* () {
    for (let a = 0; a < A.length; a++) {
      const c = communes[A.get(a, "unit")]!;
      // Most collaborators are women of the area.
      const family = familyName(random, "KINH", PROVINCES[c.province]!.region);
      yield [id(a), areaCode(a), areaLabel(a), c.id, fullName(random, family, "KINH", false, 1980)];
    }
  })());

  await table("household", ["id", "code", "area_id", "unit_id", "address", "type", "status", "established_on", "dissolved_on"], (function* () {
    for (let h = 0; h < H.length; h++) {
      const a = H.get(h, "area"), n = H.get(h, "number");
      const c = communes[H.get(h, "unit")]!;
      const address = c.urban ? `Số ${n}, ngõ ${1 + (n % 37)}, ${areaLabel(a)}` : `Nhà số ${n}, ${areaLabel(a)}`;
      const dissolved = H.get(h, "dissolved");
      yield [id(h), `${areaCode(a)}-${String(n).padStart(4, "0")}`, id(a), c.id, address, H.get(h, "collective") ? "COLLECTIVE" : "FAMILY",
        dissolved === OPEN ? "ACTIVE" : "DISSOLVED", date(H.get(h, "established")), date(dissolved)];
    }
  })());

  // The province where a person's birth was registered: that of their first spell.
  const firstUnit = new Int32Array(P.length).fill(NONE);
  for (let s = 0; s < S.length; s++) {
    const p = S.get(s, "person");
    if (firstUnit[p] === NONE) firstUnit[p] = S.get(s, "unit");
  }
  const usedCccd = new Set<string>();
  await table("person", [
    "id", "household_id", "full_name", "search_name", "sex", "birth_date", "ethnicity", "education", "marital_status",
    "relation_to_head", "residence_status", "cccd", "mother_id", "father_id", "birth_order", "death_date", "study_deferred_until",
  ], (function* () {
    for (let p = 0; p < P.length; p++) {
      const name = world.names[p]!;
      const sex = P.get(p, "sex") === FEMALE ? "FEMALE" : "MALE";
      const birth = fromDayNumber(P.get(p, "birth"));
      const alive = P.get(p, "death") === OPEN;
      const birthYear = Number(birth.slice(0, 4));
      // Citizens get their number at 14 (CCCD) or, since 2021, at birth registration.
      let cccd: string | null = null;
      if (random.chance(birthYear >= 2021 ? 0.85 : birthYear <= 2012 ? (alive ? 0.92 : 0.6) : 0.3)) {
        const province = communes[firstUnit[p]!]!.province;
        do cccd = generateCccd(province, sex, birth, String(random.int(1_000_000)).padStart(6, "0"));
        while (usedCccd.has(cccd));
        usedCccd.add(cccd);
      }
      const absent = alive && birthYear >= 1985 && birthYear <= 2007 && random.chance(0.04);
      // A man who studied at a college or university after 2015 had his call-up deferred
      // until the end of his course (June of the year he turned 21 or 22); no random draw,
      // so the rest of the population stays what the seed makes it.
      const education = EDUCATIONS[P.get(p, "education")]!;
      const studied = sex === "MALE" && birthYear >= 1995 && (education === "COLLEGE" || education === "UNIVERSITY" || education === "POSTGRADUATE");
      const deferredUntil = studied ? `${birthYear + (education === "COLLEGE" ? 21 : 22)}-06-30` : null;
      yield [id(p), id(P.get(p, "household")), name, foldVietnamese(name), sex, birth, ETHNICITIES[P.get(p, "ethnicity")]!.code,
        EDUCATIONS[P.get(p, "education")], MARITAL_NAMES[P.get(p, "marital")], RELATIONS[P.get(p, "relation")],
        absent ? "TEMPORARILY_ABSENT" : "PERMANENT", cccd, id(P.get(p, "mother")), id(P.get(p, "father")),
        P.get(p, "birthOrder") || null, date(P.get(p, "death")), deferredUntil];
    }
  })());

  await table("residence", [
    "id", "person_id", "household_id", "unit_id", "valid_from", "valid_to", "start_reason", "end_reason",
    "origin_unit_id", "destination_unit_id", "sex", "birth_date", "start_event_id",
  ], (function* () {
    for (let s = 0; s < S.length; s++) {
      const p = S.get(s, "person");
      const origin = S.get(s, "origin"), dest = S.get(s, "destination");
      yield [id(s), id(p), id(S.get(s, "household")), communes[S.get(s, "unit")]!.id, date(S.get(s, "from")), date(S.get(s, "to")),
        START_NAMES[S.get(s, "start")], END_NAMES[S.get(s, "end")], origin === NONE ? null : communes[origin]!.id,
        dest === NONE ? null : communes[dest]!.id, P.get(p, "sex") === FEMALE ? "FEMALE" : "MALE", fromDayNumber(P.get(p, "birth")), id(S.get(s, "event"))];
    }
  })());

  const M = world.marriages;
  await table("marriage", ["id", "husband_id", "wife_id", "married_on", "ended_on", "end_reason", "consanguineous", "counselled"], (function* () {
    for (let m = 0; m < M.length; m++) {
      yield [id(m), id(M.get(m, "husband")), id(M.get(m, "wife")), date(M.get(m, "from")), date(M.get(m, "to")),
        MARRIAGE_END[M.get(m, "end")], M.get(m, "consanguineous") === 1, M.get(m, "counselled") === 1];
    }
  })());

  const C = world.contraception;
  await table("contraceptive_spell", ["id", "person_id", "method", "valid_from", "valid_to"], (function* () {
    for (let c = 0; c < C.length; c++) yield [id(c), id(C.get(c, "person")), METHODS[C.get(c, "method")], date(C.get(c, "from")), date(C.get(c, "to"))];
  })());

  const G = world.pregnancies;
  await table("pregnancy", ["id", "person_id", "recorded_on", "expected_delivery", "ended_on", "outcome"], (function* () {
    for (let g = 0; g < G.length; g++) {
      yield [id(g), id(G.get(g, "person")), date(G.get(g, "recorded")), date(G.get(g, "expected")), date(G.get(g, "ended")), OUTCOMES[G.get(g, "outcome")]];
    }
  })());

  const unitRef = (c: number) => ({ unitId: communes[c]!.id, unitCode: communes[c]!.code, unitName: communes[c]!.name });
  const payload = (e: number): object => {
    const a = E.get(e, "a"), b = E.get(e, "b"), p = E.get(e, "person");
    switch (E.get(e, "type")) {
      case EV.BIRTH: return { motherId: id(a), fatherId: id(P.get(p, "father")), birthOrder: b, sex: P.get(p, "sex") === FEMALE ? "FEMALE" : "MALE", placeOfDelivery: random.pick(DELIVERY) };
      case EV.DEATH: return { ageAtDeath: Math.floor((E.get(e, "day") - P.get(p, "birth")) / 365.2425) };
      case EV.MOVE_OUT: { const d = unitRef(a); return { destinationUnitId: d.unitId, destinationUnitCode: d.unitCode, destinationUnitName: d.unitName }; }
      case EV.MOVE_IN: { const o = unitRef(a); return { originUnitId: o.unitId, originUnitCode: o.unitCode, originUnitName: o.unitName }; }
      case EV.MARRIAGE: return { spouseId: id(a), marriageId: id(b), consanguineous: M.get(b, "consanguineous") === 1, counselled: M.get(b, "counselled") === 1 };
      case EV.DIVORCE: return { spouseId: id(a), marriageId: id(b) };
      case EV.CONTRACEPTION_START: case EV.CONTRACEPTION_STOP: return { method: METHODS[a] };
      case EV.CONTRACEPTION_CHANGE: return { fromMethod: METHODS[a], method: METHODS[b] };
      case EV.PREGNANCY: return { pregnancyId: id(a), expectedDelivery: date(G.get(a, "expected")) };
      case EV.PRENATAL_SCREENING: return { pregnancyId: id(a) };
      case EV.EDUCATION_CHANGE: return { from: EDUCATIONS[a], to: EDUCATIONS[b] };
      case EV.HOUSEHOLD_SPLIT: return { fromHouseholdId: id(a) };
      default: return {};
    }
  };
  const now = Date.now();
  await table("change_event", [
    "id", "type", "status", "source", "occurred_on", "unit_id", "household_id", "person_id", "payload", "recorded_at", "submitted_at", "verified_at",
  ], (function* () {
    for (let e = 0; e < E.length; e++) {
      const day = E.get(e, "day");
      // Collaborators hand in the month's slip in the first days of the next month (one in
      // ten later than the 5th); the commune verifies it within days (one in ten after the 10th).
      const d = new Date(day * 86_400_000);
      const nextMonth = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
      const recorded = Math.min(now, nextMonth + (random.chance(0.9) ? random.int(4) : 5 + random.int(15)) * 86_400_000 + random.int(36_000_000));
      const verified = Math.min(now, Math.max(recorded, nextMonth + (random.chance(0.9) ? 4 + random.int(5) : 10 + random.int(10)) * 86_400_000) + random.int(20_000_000));
      const iso = (ms: number) => new Date(ms).toISOString();
      yield [id(e), EVENT_TYPES[E.get(e, "type")], "VERIFIED", "IMPORT", date(E.get(e, "day")), communes[E.get(e, "unit")]!.id,
        id(E.get(e, "household")), id(E.get(e, "person")), JSON.stringify(payload(e)), iso(recorded), iso(recorded), iso(verified)];
    }
  })());
}
