"use client";
// Correcting a person's details (their line of the household sheet): the domain's rules
// checked as the user types, only the changed fields sent, and a version conflict shown
// field by field. Births, deaths, moves and temporary residence change through events.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { useLocale, useTranslations } from "next-intl";
import { todayInVietnam, validatePersonChanges, type PersonInput } from "@danso/domain";
import type { PersonEditQuery as PersonEditData } from "../../../generated/gql/graphql";
import { ApiAlert } from "../../alert";
import { useDay } from "../../use-day";
import { RecordRefusal, rootFailure } from "../record-refusal";
import { issuesByField } from "./field-issues";
import { EditButtons } from "./edit-buttons";
import { PersonEditQuery, UpdatePersonMutation } from "./form-queries";
import { COUNTED_RESIDENCES, MEMBER_RELATIONS, PERSON_FORM_FIELDS, PersonFields, usePersonDisplay, type PersonFormField, type PersonValues } from "./person-fields";
import { focusFirstInvalid, useShownIssues } from "./use-shown-issues";
import { useVersionedEdit } from "./use-versioned-edit";
import { VersionConflict } from "./version-conflict";

type Person = NonNullable<PersonEditData["person"]>;

function personValues(p: Person): PersonValues {
  return {
    fullName: p.fullName, sex: p.sex, birthDate: p.birthDate, ethnicity: p.ethnicity.code, education: p.education, maritalStatus: p.maritalStatus,
    relationToHead: p.relationToHead, residenceStatus: p.residenceStatus, cccd: p.cccd ?? "", insuranceNumber: p.insuranceNumber ?? "",
  };
}

export function PersonEditForm({ id }: { id: string }) {
  const t = useTranslations("Register");
  const { data, error, loading } = useQuery(PersonEditQuery, { variables: { id }, fetchPolicy: "network-only" });
  if (loading) return <p aria-live="polite">{t("loading")}</p>;
  const failure = rootFailure(error, "person");
  const p = data?.person;
  if (failure || !p) return <RecordRefusal kind={failure ?? "NOT_FOUND"} error={error} />;
  return <PersonEditor person={p} />;
}

function PersonEditor({ person }: { person: Person }) {
  const f = useTranslations("RegisterForm");
  const en = useLocale() === "en";
  const day = useDay();
  const display = usePersonDisplay();
  const router = useRouter();
  const client = useApolloClient();
  const [update] = useMutation(UpdatePersonMutation);
  const sheet = `/nhan-khau/${person.id}`;
  const edit = useVersionedEdit<PersonFormField>({
    initial: personValues(person),
    version: person.version,
    save: (version, base, changes) => update({ variables: { id: person.id, version, base, changes } }),
    reload: async () => {
      const r = await client.query({ query: PersonEditQuery, variables: { id: person.id }, fetchPolicy: "network-only" });
      return r.data?.person ? personValues(r.data.person) : null;
    },
    onSaved: () => router.push(`${sheet}?saved=1`),
    onRefused: (e) => { issues.refused(e); focusFirstInvalid(); },
  });
  // The same check as the API's: the record as read, with the changed fields.
  const current = { ...edit.base, cccd: edit.base.cccd || undefined, insuranceNumber: edit.base.insuranceNumber || undefined } as unknown as PersonInput;
  const check = validatePersonChanges(current, Object.fromEntries(edit.changed.map((k) => [k, edit.values[k].trim() || null])), { today: todayInVietnam() });
  const issues = useShownIssues(edit.values, check.ok ? check.warnings : [...check.errors, ...check.warnings]);
  const isHead = edit.base.relationToHead === "HEAD";
  const temporary = edit.base.residenceStatus === "TEMPORARY_RESIDENT";

  return (
    <>
      <p className="text-sm"><Link href={sheet} className="underline">{f("backToPerson", { name: person.fullName })}</Link></p>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">{f("editPersonTitle", { name: person.fullName })}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{f("editPersonIntro")}</p>
      <VersionConflict edit={edit} fields={PERSON_FORM_FIELDS} name={display.name} show={(k, v) => display.value(k, v, day)} />
      <form noValidate onSubmit={edit.onSubmit(issues.attempt)} className="mt-6 max-w-3xl" aria-label={f("editPersonTitle", { name: person.fullName })}>
        <PersonFields idPrefix="person" values={edit.values} issues={issuesByField(issues.shown, en)}
          onChange={(field, value) => { edit.set(field, value); issues.touch(field); }}
          relations={isHead ? undefined : MEMBER_RELATIONS} residences={temporary ? undefined : COUNTED_RESIDENCES}
          readOnly={[...(isHead ? (["relationToHead"] as const) : []), ...(temporary ? (["residenceStatus"] as const) : [])]} />
        {edit.error != null && !edit.conflict && <ApiAlert error={edit.error} className="mt-4" />}
        <EditButtons busy={edit.busy} nothingChanged={edit.changed.length === 0} cancelHref={sheet} />
      </form>
    </>
  );
}
