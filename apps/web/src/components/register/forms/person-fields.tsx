"use client";
// The inputs of one person of the household sheet (name, sex, birth date, ethnicity,
// education, marital status, relation to the head, residence, CCCD, health insurance),
// shared by the new-household, new-person and correction forms.
import { useTranslations } from "next-intl";
import { EDUCATION_LEVEL, ETHNICITIES, MARITAL_STATUS, RELATION_TO_HEAD, RESIDENCE_STATUS, SEX, type CodeList } from "@danso/domain";
import { useCodeLabel } from "../labels";
import type { IssuesByField } from "./field-issues";
import { FormField, inputClass } from "./form-field";

export const PERSON_FORM_FIELDS = [
  "fullName", "sex", "birthDate", "ethnicity", "education", "maritalStatus", "relationToHead", "residenceStatus", "cccd", "insuranceNumber",
] as const;
export type PersonFormField = (typeof PERSON_FORM_FIELDS)[number];
export type PersonValues = Record<PersonFormField, string>;

export const EMPTY_PERSON: PersonValues = {
  fullName: "", sex: "", birthDate: "", ethnicity: "01", education: "", maritalStatus: "", relationToHead: "", residenceStatus: "PERMANENT", cccd: "", insuranceNumber: "",
};

/** The values as the API takes them: blank optional numbers left out, names trimmed. */
export function personInput(v: PersonValues): Record<string, string> {
  return Object.fromEntries(Object.entries(v).filter(([k, x]) => x.trim() !== "" || !["cccd", "insuranceNumber"].includes(k)).map(([k, x]) => [k, x.trim()]));
}

const ALL_RELATIONS = Object.keys(RELATION_TO_HEAD) as (keyof typeof RELATION_TO_HEAD)[];
/** A member who is not the head: the head changes on the household's own form. */
export const MEMBER_RELATIONS = ALL_RELATIONS.filter((r) => r !== "HEAD");
const ALL_RESIDENCES = Object.keys(RESIDENCE_STATUS) as (keyof typeof RESIDENCE_STATUS)[];
/** Temporary residence starts and ends through events (moves), not corrections. */
export const COUNTED_RESIDENCES = ALL_RESIDENCES.filter((r) => r !== "TEMPORARY_RESIDENT");

export function PersonFields({ idPrefix, values, onChange, issues, relations = ALL_RELATIONS, residences = ALL_RESIDENCES, readOnly = [] }: {
  idPrefix: string;
  values: PersonValues;
  onChange: (field: PersonFormField, value: string) => void;
  /** The messages to show now, by field. */
  issues: IssuesByField;
  /** The relations that may be chosen here (a new member is never the head). */
  relations?: readonly (keyof typeof RELATION_TO_HEAD)[];
  residences?: readonly (keyof typeof RESIDENCE_STATUS)[];
  /** Fields this form may not change (changed through an event or on the household). */
  readOnly?: readonly PersonFormField[];
}) {
  const t = useTranslations("Register");
  const f = useTranslations("RegisterForm");
  const label = useCodeLabel();
  const id = (field: PersonFormField) => `${idPrefix}-${field}`;
  const text = (field: PersonFormField, name: string, extra: { type?: string; inputMode?: "numeric"; hint?: string; autoComplete?: string } = {}) => (
    <FormField id={id(field)} label={name} hint={extra.hint} issues={issues[field]}>
      {(props) => (
        <input {...props} type={extra.type ?? "text"} inputMode={extra.inputMode} autoComplete={extra.autoComplete ?? "off"} className={inputClass}
          value={values[field]} readOnly={readOnly.includes(field)} onChange={(e) => onChange(field, e.target.value)} />
      )}
    </FormField>
  );
  const select = <K extends string>(field: PersonFormField, name: string, list: CodeList<K>, keys: readonly K[] = Object.keys(list) as K[], hint?: string) => (
    <FormField id={id(field)} label={name} hint={hint} issues={issues[field]}>
      {(props) => (
        <select {...props} className={inputClass} value={values[field]} disabled={readOnly.includes(field)} onChange={(e) => onChange(field, e.target.value)}>
          {!values[field] && <option value="">{f("choose")}</option>}
          {/* A value this form may not choose (the head, shown on their own correction) stays shown. */}
          {(values[field] && !keys.includes(values[field] as K) ? [values[field] as K, ...keys] : keys).map((k) => <option key={k} value={k}>{label(list, k)}</option>)}
        </select>
      )}
    </FormField>
  );
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {text("fullName", t("fullName"), { autoComplete: "off" })}
      {select("sex", t("sex"), SEX)}
      {text("birthDate", t("birthDate"), { type: "date" })}
      <FormField id={id("ethnicity")} label={t("ethnicity")} issues={issues.ethnicity}>
        {(props) => (
          <select {...props} className={inputClass} value={values.ethnicity} disabled={readOnly.includes("ethnicity")} onChange={(e) => onChange("ethnicity", e.target.value)}>
            {!values.ethnicity && <option value="">{f("choose")}</option>}
            {ETHNICITIES.map((e) => <option key={e.code} value={e.code}>{e.name}</option>)}
          </select>
        )}
      </FormField>
      {select("education", t("education"), EDUCATION_LEVEL)}
      {select("maritalStatus", t("maritalStatus"), MARITAL_STATUS)}
      {select("relationToHead", t("relation"), RELATION_TO_HEAD, relations, readOnly.includes("relationToHead") ? f("relationOnHousehold") : undefined)}
      {select("residenceStatus", t("residence"), RESIDENCE_STATUS, residences, readOnly.includes("residenceStatus") ? f("residenceByEvent") : undefined)}
      {text("cccd", t("cccd"), { inputMode: "numeric", hint: f("cccdHint") })}
      {text("insuranceNumber", t("insurance"), { hint: f("insuranceHint") })}
    </div>
  );
}

/** A person field's label and a value as the page's language shows it (conflict tables). */
export function usePersonDisplay() {
  const t = useTranslations("Register");
  const label = useCodeLabel();
  const names: Record<PersonFormField, string> = {
    fullName: t("fullName"), sex: t("sex"), birthDate: t("birthDate"), ethnicity: t("ethnicity"), education: t("education"),
    maritalStatus: t("maritalStatus"), relationToHead: t("relation"), residenceStatus: t("residence"), cccd: t("cccd"), insuranceNumber: t("insurance"),
  };
  const lists: Partial<Record<PersonFormField, CodeList<string>>> = { sex: SEX, education: EDUCATION_LEVEL, maritalStatus: MARITAL_STATUS, relationToHead: RELATION_TO_HEAD, residenceStatus: RESIDENCE_STATUS };
  return {
    name: (field: PersonFormField) => names[field],
    value: (field: PersonFormField, value: string, day: (iso: string) => string) => {
      if (!value) return "–";
      const list = lists[field];
      if (list) return label(list, value);
      if (field === "ethnicity") return ETHNICITIES.find((e) => e.code === value)?.name ?? value;
      return field === "birthDate" ? day(value) : value;
    },
  };
}
