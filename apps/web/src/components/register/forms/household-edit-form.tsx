"use client";
// Correcting a household's header: address, type, area within the commune, and the head
// (any member living in the household). Moving to another commune is a move of its
// members, recorded as events. A version conflict is shown field by field.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { useLocale, useTranslations } from "next-intl";
import { HOUSEHOLD_TYPE, validateHouseholdInput } from "@danso/domain";
import type { HouseholdEditQuery as HouseholdEditData } from "../../../generated/gql/graphql";
import { ApiAlert } from "../../alert";
import { useCodeLabel } from "../labels";
import { RecordRefusal, rootFailure } from "../record-refusal";
import { EditButtons } from "./edit-buttons";
import { issuesByField } from "./field-issues";
import { FormField, inputClass } from "./form-field";
import { HouseholdEditQuery, UpdateHouseholdMutation } from "./form-queries";
import { focusFirstInvalid, useShownIssues } from "./use-shown-issues";
import { useVersionedEdit, type Values } from "./use-versioned-edit";
import { VersionConflict } from "./version-conflict";

type Household = NonNullable<HouseholdEditData["household"]>;
const FIELDS = ["address", "type", "areaCode", "headId"] as const;
type Field = (typeof FIELDS)[number];

const householdValues = (h: Household): Values<Field> => ({ address: h.address, type: h.type, areaCode: h.area.code, headId: h.head?.id ?? "" });

export function HouseholdEditForm({ id }: { id: string }) {
  const t = useTranslations("Register");
  const { data, error, loading } = useQuery(HouseholdEditQuery, { variables: { id }, fetchPolicy: "network-only" });
  if (loading) return <p aria-live="polite">{t("loading")}</p>;
  const failure = rootFailure(error, "household");
  const h = data?.household;
  if (failure || !h) return <RecordRefusal kind={failure ?? "NOT_FOUND"} error={error} />;
  return <HouseholdEditor household={h} />;
}

function HouseholdEditor({ household: h }: { household: Household }) {
  const t = useTranslations("Register");
  const f = useTranslations("RegisterForm");
  const en = useLocale() === "en";
  const label = useCodeLabel();
  const router = useRouter();
  const client = useApolloClient();
  const [update] = useMutation(UpdateHouseholdMutation);
  const sheet = `/ho-gia-dinh/${h.id}`;
  const edit = useVersionedEdit<Field>({
    initial: householdValues(h),
    version: h.version,
    save: (version, base, changes) => update({ variables: { id: h.id, version, base, changes } }),
    reload: async () => {
      const r = await client.query({ query: HouseholdEditQuery, variables: { id: h.id }, fetchPolicy: "network-only" });
      return r.data?.household ? householdValues(r.data.household) : null;
    },
    onSaved: () => router.push(`${sheet}?saved=1`),
    onRefused: (e) => { issues.refused(e); focusFirstInvalid(); },
  });
  const check = validateHouseholdInput(edit.values);
  const issues = useShownIssues(edit.values, check.ok ? check.warnings : [...check.errors, ...check.warnings]);
  const shown = issuesByField(issues.shown, en);
  const heads = h.members.filter((m) => m.residenceStatus !== "TEMPORARY_RESIDENT");
  const names: Record<Field, string> = { address: t("address"), type: t("householdType"), areaCode: t("area"), headId: t("head") };
  const areaName = (code: string) => { const a = h.unit.areas.find((x) => x.code === code); return a ? `${a.name} (${a.code})` : code; };
  const shownValue = (field: Field, v: string) =>
    field === "type" ? label(HOUSEHOLD_TYPE, v as keyof typeof HOUSEHOLD_TYPE) : field === "areaCode" ? areaName(v) : field === "headId" ? (h.members.find((m) => m.id === v)?.fullName ?? (v || "–")) : v;
  const set = (field: Field, value: string) => { edit.set(field, value); issues.touch(field); };

  return (
    <>
      <p className="text-sm"><Link href={sheet} className="underline">{f("backToHousehold", { code: h.code })}</Link></p>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">{f("editHouseholdTitle", { code: h.code })}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{f("editHouseholdIntro")}</p>
      <VersionConflict edit={edit} fields={FIELDS} name={(k) => names[k]} show={shownValue} />
      <form noValidate onSubmit={edit.onSubmit(issues.attempt)} className="mt-6 grid max-w-3xl gap-4" aria-label={f("editHouseholdTitle", { code: h.code })}>
        <FormField id="household-address" label={names.address} issues={shown.address}>
          {(props) => <input {...props} className={inputClass} value={edit.values.address} autoComplete="off" onChange={(e) => set("address", e.target.value)} />}
        </FormField>
        <FormField id="household-type" label={names.type} issues={shown.type}>
          {(props) => (
            <select {...props} className={inputClass} value={edit.values.type} onChange={(e) => set("type", e.target.value)}>
              {(Object.keys(HOUSEHOLD_TYPE) as (keyof typeof HOUSEHOLD_TYPE)[]).map((k) => <option key={k} value={k}>{label(HOUSEHOLD_TYPE, k)}</option>)}
            </select>
          )}
        </FormField>
        <FormField id="household-area" label={names.areaCode} hint={f("areaHint")} issues={shown.areaCode}>
          {(props) => (
            <select {...props} className={inputClass} value={edit.values.areaCode} onChange={(e) => set("areaCode", e.target.value)}>
              {h.unit.areas.map((a) => <option key={a.code} value={a.code}>{`${a.name} (${a.code})`}</option>)}
            </select>
          )}
        </FormField>
        <FormField id="household-head" label={names.headId} hint={f("headHint")} issues={shown.headId}>
          {(props) => (
            <select {...props} className={inputClass} value={edit.values.headId} disabled={h.status !== "ACTIVE"} onChange={(e) => set("headId", e.target.value)}>
              {!edit.values.headId && <option value="">{f("choose")}</option>}
              {heads.map((m) => <option key={m.id} value={m.id}>{m.fullName}</option>)}
            </select>
          )}
        </FormField>
        {edit.error != null && !edit.conflict && <ApiAlert error={edit.error} />}
        <EditButtons busy={edit.busy} nothingChanged={edit.changed.length === 0} cancelHref={sheet} />
      </form>
    </>
  );
}
