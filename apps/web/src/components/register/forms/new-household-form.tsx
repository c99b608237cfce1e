"use client";
// Opening a household sheet found in an area (book renewal, a household missed so far):
// the header and its members, exactly one of them the head. Checked as the user types
// with the API's own rules; saved as one transaction, or not at all.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation, useQuery } from "@apollo/client/react";
import { useLocale, useTranslations } from "next-intl";
import { HOUSEHOLD_TYPE, todayInVietnam, validateNewHousehold } from "@danso/domain";
import { ApiAlert } from "../../alert";
import { useCodeLabel } from "../labels";
import { EditButtons } from "./edit-buttons";
import { issuesByField } from "./field-issues";
import { FormField, inputClass } from "./form-field";
import { CreateHouseholdMutation, WriterAreasQuery } from "./form-queries";
import { EMPTY_PERSON, PersonFields, personInput, type PersonValues } from "./person-fields";
import { focusFirstInvalid, useShownIssues } from "./use-shown-issues";

const flat = (prefix: string, o: Record<string, string>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [`${prefix}.${k}`, v]));

export function NewHouseholdForm() {
  const t = useTranslations("Register");
  const f = useTranslations("RegisterForm");
  const en = useLocale() === "en";
  const label = useCodeLabel();
  const router = useRouter();
  const { data, error: scopeError } = useQuery(WriterAreasQuery);
  const areas = data?.me?.area ? [data.me.area] : (data?.me?.unit.areas ?? []);
  const [header, setHeader] = useState({ areaCode: "", address: "", type: "FAMILY" });
  const [establishedOn, setEstablishedOn] = useState("");
  const [members, setMembers] = useState<PersonValues[]>([{ ...EMPTY_PERSON, relationToHead: "HEAD" }]);
  const [create, { loading, error }] = useMutation(CreateHouseholdMutation);
  const areaCode = header.areaCode || (areas.length === 1 ? areas[0]!.code : "");
  const input = { household: { ...header, areaCode }, establishedOn: establishedOn || undefined, members: members.map(personInput) };
  const check = validateNewHousehold(input, { today: todayInVietnam() });
  const values = { ...flat("household", { ...header, areaCode }), establishedOn, ...Object.assign({}, ...members.map((m, i) => flat(`members.${i}`, m))) };
  const issues = useShownIssues(values, check.ok ? check.warnings : [...check.errors, ...check.warnings]);
  const shown = issuesByField(issues.shown, en);
  const setField = (field: keyof typeof header, value: string) => { setHeader((h) => ({ ...h, [field]: value })); issues.touch(`household.${field}`); };

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    if (!issues.attempt()) return focusFirstInvalid();
    try {
      const r = await create({ variables: { input: { areaCode, address: header.address, type: header.type as keyof typeof HOUSEHOLD_TYPE, establishedOn: establishedOn || null, members: input.members as never } } });
      if (r.data) router.push(`/ho-gia-dinh/${r.data.createHousehold.household.id}?saved=1`);
    } catch (err) {
      issues.refused(err);
      focusFirstInvalid();
    }
  }

  return (
    <form noValidate onSubmit={onSubmit} className="mt-6 grid max-w-3xl gap-6" aria-label={f("newHouseholdTitle")}>
      {scopeError && <ApiAlert error={scopeError} />}
      <fieldset className="grid gap-4 rounded border border-slate-300 p-4">
        <legend className="px-1 text-lg font-bold text-brand-900">{f("householdHeader")}</legend>
        <FormField id="household-area" label={t("area")} issues={shown["household.areaCode"]}>
          {(props) => (
            <select {...props} className={inputClass} value={areaCode} onChange={(e) => setField("areaCode", e.target.value)}>
              {!areaCode && <option value="">{f("choose")}</option>}
              {areas.map((a) => <option key={a.code} value={a.code}>{`${a.name} (${a.code})`}</option>)}
            </select>
          )}
        </FormField>
        <FormField id="household-address" label={t("address")} hint={f("addressHint")} issues={shown["household.address"]}>
          {(props) => <input {...props} className={inputClass} value={header.address} autoComplete="off" onChange={(e) => setField("address", e.target.value)} />}
        </FormField>
        <FormField id="household-type" label={t("householdType")} issues={shown["household.type"]}>
          {(props) => (
            <select {...props} className={inputClass} value={header.type} onChange={(e) => setField("type", e.target.value)}>
              {(Object.keys(HOUSEHOLD_TYPE) as (keyof typeof HOUSEHOLD_TYPE)[]).map((k) => <option key={k} value={k}>{label(HOUSEHOLD_TYPE, k)}</option>)}
            </select>
          )}
        </FormField>
        <FormField id="household-established" label={t("established")} hint={f("establishedHint")} issues={shown.establishedOn}>
          {(props) => <input {...props} type="date" className={inputClass} value={establishedOn} onChange={(e) => { setEstablishedOn(e.target.value); issues.touch("establishedOn"); }} />}
        </FormField>
      </fieldset>
      {members.map((m, i) => (
        <fieldset key={i} className="rounded border border-slate-300 p-4" data-testid={`member-${i}`}>
          <legend className="px-1 text-lg font-bold text-brand-900">{f("memberLegend", { n: i + 1 })}</legend>
          <PersonFields idPrefix={`member-${i}`} values={m} issues={issuesByField(issues.shown, en, `members.${i}`)}
            onChange={(field, value) => { setMembers((all) => all.map((x, j) => (j === i ? { ...x, [field]: value } : x))); issues.touch(`members.${i}.${field}`); }} />
          {members.length > 1 && (
            <button type="button" className="mt-4 underline" onClick={() => setMembers((all) => all.filter((_, j) => j !== i))}>
              {f("removeMember", { n: i + 1 })}
            </button>
          )}
        </fieldset>
      ))}
      {shown.members && shown.members.errors.length > 0 && <p role="alert" className="font-semibold text-red-800">{shown.members.errors.join(" ")}</p>}
      <div>
        <button type="button" className="rounded border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-900 hover:bg-slate-100"
          onClick={() => setMembers((all) => [...all, { ...EMPTY_PERSON }])}>{f("addMember")}</button>
      </div>
      {error && <ApiAlert error={error} />}
      <EditButtons busy={loading} cancelHref="/so-ho" saveLabel={f("createHousehold")} />
    </form>
  );
}
