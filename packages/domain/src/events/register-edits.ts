// Direct edits of the register (item 4 of the API issue): a new household sheet with its
// members, a person added to a household, corrections of a person or a household. They
// reuse the person and household validators; what changes counts or links (deaths,
// moves, marriages, temporary residence) goes through change events instead.
import type { IsoDate } from "../time/dates.js";
import { isIsoDate } from "../time/dates.js";
import { validateHouseholdInput, type HouseholdInput } from "../validation/household.js";
import { CCCD_MESSAGES } from "../validation/cccd.js";
import { PERSON_MESSAGES, personInputSchema, validatePersonInput, type PersonField, type PersonInput } from "../validation/person.js";
import { indexMessages, parseFields, toResult, type ValidationIssue, type ValidationResult } from "../validation/result.js";
import { eventIssue } from "./facts.js";
import { MAX_MEMBERS } from "./messages.js";

export const PERSON_FIELDS = [
  "fullName", "sex", "birthDate", "ethnicity", "education", "maritalStatus", "relationToHead", "residenceStatus", "cccd",
  "insuranceNumber", "motherId", "fatherId",
] as const satisfies readonly PersonField[];
export const HOUSEHOLD_FIELDS = ["address", "type", "areaCode", "headId"] as const;
export type HouseholdEditField = (typeof HOUSEHOLD_FIELDS)[number];

const INDEX = indexMessages(PERSON_MESSAGES, CCCD_MESSAGES);

const record = (v: unknown): Record<string, unknown> => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const prefixed = (issues: ValidationIssue[], prefix: string) => issues.map((i) => ({ ...i, field: i.field ? `${prefix}.${i.field}` : prefix }));

/** An optional date field: today when absent; errors for a bad or future date. */
function dateField(value: unknown, today: IsoDate, field: string, codes: { invalid: "ESTABLISHED_ON_INVALID" | "SINCE_INVALID"; future: "ESTABLISHED_ON_FUTURE" | "SINCE_FUTURE" }) {
  if (value === undefined || value === null || value === "") return { date: today, issues: [] };
  if (typeof value !== "string" || value.length > 10 || !isIsoDate(value)) return { date: today, issues: [eventIssue(codes.invalid, "error", field)] };
  return { date: value, issues: value > today ? [eventIssue(codes.future, "error", field)] : [] };
}

export interface NewHousehold {
  household: HouseholdInput;
  establishedOn: IsoDate;
  members: PersonInput[];
}

/** A household sheet with its members: exactly one head, who is counted (not a temporary resident). */
export function validateNewHousehold(input: unknown, ctx: { today: IsoDate }): ValidationResult<NewHousehold, string> {
  const r = record(input);
  const issues: ValidationIssue[] = [];
  const household = validateHouseholdInput(r.household);
  if (!household.ok) issues.push(...prefixed(household.errors, "household"));
  const established = dateField(r.establishedOn, ctx.today, "establishedOn", { invalid: "ESTABLISHED_ON_INVALID", future: "ESTABLISHED_ON_FUTURE" });
  issues.push(...established.issues);
  const raw = Array.isArray(r.members) ? r.members : [];
  if (raw.length === 0 || raw.length > MAX_MEMBERS) return toResult<NewHousehold, string>({}, [...issues, eventIssue("MEMBERS_REQUIRED", "error", "members")]);
  const members: PersonInput[] = [];
  raw.forEach((m, i) => {
    const v = validatePersonInput(m, ctx);
    issues.push(...prefixed(v.warnings, `members.${i}`));
    if (v.ok) members.push(v.value);
    else issues.push(...prefixed(v.errors, `members.${i}`));
  });
  if (members.length === raw.length) {
    const heads = members.filter((m) => m.relationToHead === "HEAD");
    if (heads.length !== 1) issues.push(eventIssue("MEMBERS_ONE_HEAD", "error", "members"));
    else if (heads[0]!.residenceStatus === "TEMPORARY_RESIDENT") issues.push(eventIssue("HEAD_NOT_COUNTED", "error", `members.${members.indexOf(heads[0]!)}.residenceStatus`));
    members.forEach((m, i) => {
      if (m.cccd && members.findIndex((o) => o.cccd === m.cccd) < i) issues.push(eventIssue("CCCD_TAKEN", "error", `members.${i}.cccd`));
    });
  }
  const value = { household: household.ok ? household.value : undefined, establishedOn: established.date, members };
  return toResult<NewHousehold, string>(value as Partial<NewHousehold>, issues);
}

export interface NewPerson {
  person: PersonInput;
  /** Since when the person has lived in the household (today when not known). */
  since: IsoDate;
}

/** A person added to an existing household; the head is changed on the household instead. */
export function validateNewPerson(input: unknown, ctx: { today: IsoDate }): ValidationResult<NewPerson, string> {
  const r = record(input);
  const person = validatePersonInput(r.person, ctx);
  const since = dateField(r.since, ctx.today, "since", { invalid: "SINCE_INVALID", future: "SINCE_FUTURE" });
  const issues = [...prefixed(person.warnings, "person"), ...since.issues];
  if (!person.ok) issues.push(...prefixed(person.errors, "person"));
  else {
    if (person.value.relationToHead === "HEAD") issues.push(eventIssue("HEAD_NOT_ALLOWED", "error", "person.relationToHead"));
    if (since.issues.length === 0 && since.date < person.value.birthDate) issues.push(eventIssue("SINCE_BEFORE_BIRTH", "error", "since"));
  }
  return toResult<NewPerson, string>({ person: person.ok ? person.value : undefined, since: since.date }, issues);
}

/** Two field values as a form and the register hold them (ids may be strings, blanks null). */
export function sameFieldValue(a: unknown, b: unknown): boolean {
  const norm = (v: unknown) => (v === undefined || v === null || (typeof v === "string" && v.trim() === "") ? null : typeof v === "number" ? String(v) : typeof v === "string" ? v.trim() : JSON.stringify(v));
  return norm(a) === norm(b);
}

/** The fields whose value differs now from what the caller read (`base`). */
export function changedSince(base: Record<string, unknown>, current: Record<string, unknown>, fields: readonly string[]): string[] {
  return fields.filter((f) => Object.hasOwn(base, f) && !sameFieldValue(base[f], current[f]));
}

/**
 * Corrections of a person: the current values merged with `changes`, validated as a
 * whole, with errors reported on the changed fields only (an old record's other fields
 * do not block a correction). Changes that belong to events are refused.
 */
export function validatePersonChanges(
  current: PersonInput,
  changes: unknown,
  ctx: { today: IsoDate },
): ValidationResult<{ person: PersonInput; changed: PersonField[] }, string> {
  const c = record(changes);
  const issues: ValidationIssue[] = Object.keys(c)
    .filter((k) => !(PERSON_FIELDS as readonly string[]).includes(k))
    .slice(0, 10)
    .map((k) => eventIssue("UNKNOWN_FIELD", "error", k.slice(0, 40)));
  const changed = PERSON_FIELDS.filter((f) => Object.hasOwn(c, f) && !sameFieldValue(c[f], current[f]));
  const merged = { ...current, ...Object.fromEntries(changed.map((f) => [f, c[f]])) };
  const r = validatePersonInput(merged, ctx);
  const concerns = (i: ValidationIssue) => !i.field || (changed as string[]).includes(i.field);
  issues.push(...r.warnings.filter(concerns));
  if (!r.ok) issues.push(...r.errors.filter(concerns));
  // Each changed field as the schema normalises it, also when another (unchanged) field is invalid.
  const { values } = parseFields(personInputSchema(ctx).shape, merged, INDEX);
  const next = r.ok ? r.value : ({ ...current, ...Object.fromEntries(changed.filter((f) => f in values).map((f) => [f, values[f]])) } as PersonInput);
  if (changed.includes("relationToHead") && (current.relationToHead === "HEAD" || next.relationToHead === "HEAD")) {
    issues.push(eventIssue("HEAD_NOT_ALLOWED", "error", "relationToHead"));
  }
  if (changed.includes("residenceStatus") && (current.residenceStatus === "TEMPORARY_RESIDENT" || next.residenceStatus === "TEMPORARY_RESIDENT")) {
    issues.push(eventIssue("RESIDENCE_STATUS_BY_EVENT", "error", "residenceStatus"));
  }
  return toResult<{ person: PersonInput; changed: PersonField[] }, string>({ person: next, changed }, issues);
}

/** Names of the editable fields, for conflict messages ("what changed"). */
export const EDIT_FIELD_LABELS: Readonly<Record<(typeof PERSON_FIELDS)[number] | HouseholdEditField, { vi: string; en: string }>> = {
  fullName: { vi: "họ và tên", en: "full name" },
  sex: { vi: "giới tính", en: "sex" },
  birthDate: { vi: "ngày sinh", en: "date of birth" },
  ethnicity: { vi: "dân tộc", en: "ethnicity" },
  education: { vi: "trình độ học vấn", en: "education" },
  maritalStatus: { vi: "tình trạng hôn nhân", en: "marital status" },
  relationToHead: { vi: "quan hệ với chủ hộ", en: "relation to the head" },
  residenceStatus: { vi: "tình trạng cư trú", en: "residence status" },
  cccd: { vi: "số CCCD", en: "CCCD number" },
  insuranceNumber: { vi: "số thẻ BHYT", en: "health-insurance number" },
  motherId: { vi: "mẹ", en: "mother" },
  fatherId: { vi: "cha", en: "father" },
  address: { vi: "địa chỉ", en: "address" },
  type: { vi: "loại hộ", en: "household type" },
  areaCode: { vi: "địa bàn", en: "area" },
  headId: { vi: "chủ hộ", en: "head" },
};
