// The generator's world: persons, households, residence spells, marriages, contraception,
// pregnancies and change events, held in typed-array tables. Every change goes through the
// operations here, so that a spell is closed whenever another opens and every event has
// the spells that match it.
import { CONTRACEPTIVE_METHOD, EDUCATION_LEVEL, RELATION_TO_HEAD } from "@danso/domain";
import { IntTable, NONE, OPEN } from "./table.js";

export const EVENT_TYPES = [
  "BIRTH", "DEATH", "MOVE_OUT", "MOVE_IN", "MARRIAGE", "DIVORCE", "CONTRACEPTION_START", "CONTRACEPTION_STOP",
  "CONTRACEPTION_CHANGE", "PREGNANCY", "PRENATAL_SCREENING", "NEWBORN_SCREENING", "ELDERLY_CHECKUP",
  "EDUCATION_CHANGE", "HOUSEHOLD_SPLIT",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export const EV = Object.fromEntries(EVENT_TYPES.map((t, i) => [t, i])) as Record<EventType, number>;

export const RELATIONS = Object.keys(RELATION_TO_HEAD) as (keyof typeof RELATION_TO_HEAD)[];
export const REL = Object.fromEntries(RELATIONS.map((r, i) => [r, i])) as Record<(typeof RELATIONS)[number], number>;
export const EDUCATIONS = Object.keys(EDUCATION_LEVEL) as (keyof typeof EDUCATION_LEVEL)[];
export const EDU = Object.fromEntries(EDUCATIONS.map((e, i) => [e, i])) as Record<(typeof EDUCATIONS)[number], number>;
export const METHODS = Object.keys(CONTRACEPTIVE_METHOD) as (keyof typeof CONTRACEPTIVE_METHOD)[];
export const MARITAL = { NEVER_MARRIED: 0, MARRIED: 1, WIDOWED: 2, DIVORCED: 3 } as const;
export const MARITAL_NAMES = ["NEVER_MARRIED", "MARRIED", "WIDOWED", "DIVORCED"] as const;
export const START = { INITIAL: 0, BIRTH: 1, MOVE_IN: 2, HOUSEHOLD_CHANGE: 3 } as const;
export const START_NAMES = ["INITIAL", "BIRTH", "MOVE_IN", "HOUSEHOLD_CHANGE"] as const;
export const END = { NONE: 0, DEATH: 1, MOVE_OUT: 2, HOUSEHOLD_CHANGE: 3 } as const;
export const END_NAMES = [null, "DEATH", "MOVE_OUT", "HOUSEHOLD_CHANGE"] as const;
export const MALE = 0;
export const FEMALE = 1;

/** A commune as the generator sees it. */
export interface Commune {
  id: number;
  code: string;
  name: string;
  type: string;
  urban: boolean;
  district: number;
  province: string;
}

export interface UnitCatalog {
  communes: Commune[];
  /** District index → its commune indices. */
  districtCommunes: number[][];
  /** Province code → its commune indices. */
  provinceCommunes: Map<string, number[]>;
}

const PERSON_COLUMNS = [
  "sex", "birth", "death", "household", "unit", "spouse", "mother", "father", "marital", "parity", "birthOrder",
  "education", "ethnicity", "relation", "active", "lastEvent", "spell", "method", "methodSpell", "conceived",
  "due", "pregnancy", "pregnancyRecorded", "loss", "screening", "lastBirth", "marriage",
] as const;
type PersonColumn = (typeof PERSON_COLUMNS)[number];

export class World {
  readonly catalog: UnitCatalog;
  readonly persons = new IntTable<PersonColumn>(PERSON_COLUMNS, 1 << 16);
  /** Full name and family name (inherited by children) of each person. */
  readonly names: string[] = [];
  readonly families: string[] = [];
  readonly households = new IntTable(["unit", "area", "established", "dissolved", "head", "collective", "number"] as const, 1 << 14);
  readonly members: number[][] = [];
  readonly areas = new IntTable(["unit", "number", "households"] as const, 1 << 10);
  /** Commune index → its area indices. */
  readonly communeAreas: number[][];
  readonly spells = new IntTable(
    ["person", "household", "unit", "from", "to", "start", "end", "origin", "destination", "event"] as const,
    1 << 16,
  );
  readonly marriages = new IntTable(["husband", "wife", "from", "to", "end", "consanguineous", "counselled"] as const, 1 << 14);
  readonly contraception = new IntTable(["person", "method", "from", "to"] as const, 1 << 14);
  readonly pregnancies = new IntTable(["person", "recorded", "expected", "ended", "outcome"] as const, 1 << 14);
  /** Change events; `a` and `b` carry the type's details (see write.ts for the payloads). */
  readonly events = new IntTable(["type", "day", "unit", "household", "person", "a", "b"] as const, 1 << 16);

  constructor(catalog: UnitCatalog) {
    this.catalog = catalog;
    this.communeAreas = catalog.communes.map(() => []);
  }

  // ─── persons ────────────────────────────────────────────────────────────────────

  addPerson(sex: number, birth: number, ethnicity: number, family: string, name: string): number {
    const p = this.persons.add({
      sex, birth, death: OPEN, household: NONE, unit: NONE, spouse: NONE, mother: NONE, father: NONE,
      ethnicity, relation: REL.OTHER, active: 1, lastEvent: birth, spell: NONE, method: NONE, methodSpell: NONE,
      conceived: NONE, due: NONE, pregnancy: NONE, pregnancyRecorded: 0, screening: NONE, lastBirth: NONE, marriage: NONE,
    });
    this.names.push(name);
    this.families.push(family);
    return p;
  }

  isAlive(p: number): boolean {
    return this.persons.get(p, "death") === OPEN;
  }

  addEvent(type: number, day: number, person: number, a = NONE, b = NONE, household = NONE, unit = NONE): number {
    const P = this.persons;
    return this.events.add({
      type, day, person,
      household: household === NONE && person !== NONE ? P.get(person, "household") : household,
      unit: unit === NONE && person !== NONE ? P.get(person, "unit") : unit,
      a, b,
    });
  }

  // ─── households and spells ──────────────────────────────────────────────────────

  addHousehold(commune: number, day: number, collective = false): number {
    const areas = this.communeAreas[commune]!;
    if (areas.length === 0) areas.push(this.areas.add({ unit: commune, number: 1 }));
    // New households go to the area with the fewest households, as a commune would assign them.
    let area = areas[0]!;
    for (const a of areas) if (this.areas.get(a, "households") < this.areas.get(area, "households")) area = a;
    const number = this.areas.get(area, "households") + 1;
    this.areas.set(area, "households", number);
    const h = this.households.add({ unit: commune, area, established: day, dissolved: OPEN, head: NONE, collective: collective ? 1 : 0, number });
    this.members.push([]);
    return h;
  }

  /** Places a person in a household from `day`, opening a spell. A person who already has
   * a spell leaves it the same day: a move (MOVE_OUT → MOVE_IN) when the commune changes,
   * a household change otherwise. `first` is the reason of a first spell (INITIAL, BIRTH,
   * or MOVE_IN from outside the generated provinces, with `origin`). */
  placePerson(p: number, h: number, day: number, first: number, event = NONE, origin = NONE): number {
    const P = this.persons;
    const oldSpell = P.get(p, "spell");
    const unit = this.households.get(h, "unit");
    let start = first;
    if (oldSpell !== NONE) {
      origin = this.spells.get(oldSpell, "unit");
      start = origin === unit ? START.HOUSEHOLD_CHANGE : START.MOVE_IN;
      this.closeSpell(p, day, start === START.MOVE_IN ? END.MOVE_OUT : END.HOUSEHOLD_CHANGE, unit);
    }
    const s = this.spells.add({
      person: p, household: h, unit, from: day, to: OPEN, start, end: END.NONE,
      origin: start === START.MOVE_IN ? origin : NONE, destination: NONE, event,
    });
    P.set(p, "spell", s);
    P.set(p, "household", h);
    P.set(p, "unit", unit);
    this.members[h]!.push(p);
    return start;
  }

  /** Ends the person's open spell on `day` and takes them out of the household. */
  closeSpell(p: number, day: number, end: number, destination = NONE): void {
    const P = this.persons;
    const s = P.get(p, "spell");
    if (s === NONE) return;
    this.spells.set(s, "to", day);
    this.spells.set(s, "end", end);
    if (end === END.MOVE_OUT) this.spells.set(s, "destination", destination);
    P.set(p, "spell", NONE);
    const h = P.get(p, "household");
    const list = this.members[h]!;
    const i = list.indexOf(p);
    if (i >= 0) list.splice(i, 1);
    if (this.households.get(h, "head") === p) this.households.set(h, "head", NONE);
  }

  /** After a member left or died: a new head if needed, relations re-derived, and the
   * household dissolved when nobody lives there any more. */
  settleHousehold(h: number, day: number): void {
    const list = this.members[h]!;
    if (list.length === 0) {
      if (this.households.get(h, "dissolved") === OPEN) this.households.set(h, "dissolved", day);
      return;
    }
    if (this.households.get(h, "head") === NONE) {
      const P = this.persons;
      // The previous head's spouse, else the oldest adult, else the oldest member.
      let head = list.find((m) => P.get(m, "relation") === REL.SPOUSE) ?? NONE;
      if (head === NONE) head = list.reduce((a, b) => (P.get(b, "birth") < P.get(a, "birth") ? b : a));
      this.households.set(h, "head", head);
      this.deriveRelations(h);
    }
  }

  setHead(h: number, head: number): void {
    this.households.set(h, "head", head);
    this.deriveRelations(h);
  }

  /** Relation to head from the family links (spouse, mother, father). */
  deriveRelations(h: number): void {
    const P = this.persons;
    const head = this.households.get(h, "head");
    if (head === NONE) return;
    const headSpouse = P.get(head, "spouse");
    const isChildOfHead = (m: number) => {
      const mo = P.get(m, "mother"), fa = P.get(m, "father");
      return mo === head || fa === head || (headSpouse !== NONE && (mo === headSpouse || fa === headSpouse));
    };
    for (const m of this.members[h]!) {
      let rel: number = REL.OTHER;
      if (m === head) rel = REL.HEAD;
      else if (m === headSpouse) rel = REL.SPOUSE;
      else if (isChildOfHead(m)) rel = REL.CHILD;
      else if (P.get(head, "mother") === m || P.get(head, "father") === m || (headSpouse !== NONE && (P.get(headSpouse, "mother") === m || P.get(headSpouse, "father") === m))) rel = REL.PARENT;
      else if (P.get(m, "spouse") !== NONE && isChildOfHead(P.get(m, "spouse"))) rel = REL.ADOPTED_OR_IN_LAW;
      else {
        const mo = P.get(m, "mother"), fa = P.get(m, "father");
        if ((mo !== NONE && isChildOfHead(mo)) || (fa !== NONE && isChildOfHead(fa))) rel = REL.GRANDCHILD;
      }
      P.set(m, "relation", rel);
    }
  }

  // ─── marriage and contraception ─────────────────────────────────────────────────

  marry(husband: number, wife: number, day: number, consanguineous: boolean, counselled: boolean): number {
    const P = this.persons;
    const m = this.marriages.add({ husband, wife, from: day, to: OPEN, end: 0, consanguineous: consanguineous ? 1 : 0, counselled: counselled ? 1 : 0 });
    for (const [a, b] of [[husband, wife], [wife, husband]] as const) {
      if (a === NONE) continue;
      P.set(a, "spouse", b);
      P.set(a, "marital", MARITAL.MARRIED);
      P.set(a, "marriage", m);
    }
    return m;
  }

  /** Ends a marriage by divorce (1) or death (2). */
  endMarriage(m: number, day: number, end: 1 | 2): void {
    const P = this.persons;
    this.marriages.set(m, "to", day);
    this.marriages.set(m, "end", end);
    for (const p of [this.marriages.get(m, "husband"), this.marriages.get(m, "wife")]) {
      if (p === NONE || !this.isAlive(p) || P.get(p, "marriage") !== m) continue;
      P.set(p, "spouse", NONE);
      P.set(p, "marriage", NONE);
      P.set(p, "marital", end === 1 ? MARITAL.DIVORCED : MARITAL.WIDOWED);
    }
  }

  startMethod(p: number, method: number, day: number): void {
    const s = this.contraception.add({ person: p, method, from: day, to: OPEN });
    this.persons.set(p, "method", method);
    this.persons.set(p, "methodSpell", s);
  }

  stopMethod(p: number, day: number): void {
    const s = this.persons.get(p, "methodSpell");
    if (s !== NONE) this.contraception.set(s, "to", day);
    this.persons.set(p, "method", NONE);
    this.persons.set(p, "methodSpell", NONE);
  }
}
