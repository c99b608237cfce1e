"use client";
// A person found living in a household (not a birth or a move in: those are events), with
// the date since when they live there. Checked as the user types with the API's rules.
import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMutation, useQuery } from "@apollo/client/react";
import { useLocale, useTranslations } from "next-intl";
import { todayInVietnam, validateNewPerson } from "@danso/domain";
import { ApiAlert } from "../../alert";
import { RecordRefusal, rootFailure } from "../record-refusal";
import { EditButtons } from "./edit-buttons";
import { issuesByField } from "./field-issues";
import { FormField, inputClass } from "./form-field";
import { CreatePersonMutation, HouseholdEditQuery } from "./form-queries";
import { EMPTY_PERSON, MEMBER_RELATIONS, PersonFields, personInput, type PersonValues } from "./person-fields";
import { focusFirstInvalid, useShownIssues } from "./use-shown-issues";

export function NewPersonForm({ householdId }: { householdId: string }) {
  const t = useTranslations("Register");
  const f = useTranslations("RegisterForm");
  const en = useLocale() === "en";
  const router = useRouter();
  const { data, error: readError, loading: reading } = useQuery(HouseholdEditQuery, { variables: { id: householdId } });
  const [person, setPerson] = useState<PersonValues>(EMPTY_PERSON);
  const [since, setSince] = useState("");
  const [create, { loading, error }] = useMutation(CreatePersonMutation);
  const check = validateNewPerson({ person: personInput(person), since: since || undefined }, { today: todayInVietnam() });
  const values = { ...Object.fromEntries(Object.entries(person).map(([k, v]) => [`person.${k}`, v])), since };
  const issues = useShownIssues(values, check.ok ? check.warnings : [...check.errors, ...check.warnings]);
  if (reading) return <p aria-live="polite">{t("loading")}</p>;
  const failure = rootFailure(readError, "household");
  const h = data?.household;
  if (failure || !h) return <RecordRefusal kind={failure ?? "NOT_FOUND"} error={readError} />;
  const sheet = `/ho-gia-dinh/${h.id}`;

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    if (!issues.attempt()) return focusFirstInvalid();
    try {
      await create({ variables: { householdId, person: personInput(person) as never, since: since || null } });
      router.push(`${sheet}?saved=1`);
    } catch (err) {
      issues.refused(err);
      focusFirstInvalid();
    }
  }

  return (
    <>
      <p className="text-sm"><Link href={sheet} className="underline">{f("backToHousehold", { code: h.code })}</Link></p>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">{f("newPersonTitle", { code: h.code })}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{f("newPersonIntro")}</p>
      <form noValidate onSubmit={onSubmit} className="mt-6 grid max-w-3xl gap-4" aria-label={f("newPersonTitle", { code: h.code })}>
        <PersonFields idPrefix="person" values={person} issues={issuesByField(issues.shown, en, "person")} relations={MEMBER_RELATIONS}
          onChange={(field, value) => { setPerson((p) => ({ ...p, [field]: value })); issues.touch(`person.${field}`); }} />
        <FormField id="person-since" label={f("since")} hint={f("sinceHint")} issues={issuesByField(issues.shown, en).since}>
          {(props) => <input {...props} type="date" className={inputClass} value={since} onChange={(e) => { setSince(e.target.value); issues.touch("since"); }} />}
        </FormField>
        {error && <ApiAlert error={error} />}
        <EditButtons busy={loading} cancelHref={sheet} saveLabel={f("addPerson")} />
      </form>
    </>
  );
}
