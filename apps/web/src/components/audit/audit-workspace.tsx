"use client";
// The audit trail of the viewer's units: choose a unit (the viewer's own by default), narrow
// by person or record, by user, by kind of action and by days, then page through the lines,
// newest first. The API scopes every line to the unit's subtree; the filters only narrow it.
import { useState, useSyncExternalStore } from "react";
import { useQuery } from "@apollo/client/react";
import { useLocale, useTranslations } from "next-intl";
import { addDays } from "@danso/domain";
import type { AuditFilter, AuditKind } from "../../generated/gql/graphql";
import { apiFieldErrors } from "../api-error";
import { UnitPicker, pickedUnit, type PickedUnit } from "../units/unit-picker";
import { AuditTable } from "./audit-table";
import { AuditLogQuery, AuditViewerQuery } from "./queries";
import { Alert, ApiAlert } from "../alert";

const noSubscription = () => () => {};
const KINDS: AuditKind[] = ["VIEW", "LIST", "CHANGE", "EXPORT"];
const RECORD_TYPES = ["Person", "Household", "ChangeEvent", "Report", "User", "PersonList"];
const field = "grid w-full gap-1 font-semibold sm:w-auto";
const input = "w-full rounded border border-slate-500 px-2 py-1.5 font-normal aria-[invalid=true]:border-red-700";
const errorText = "text-sm font-normal text-red-800";

interface Shown {
  unit: string;
  date?: string;
  filter: AuditFilter;
}

function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? <span id={id} className={errorText}>{message}</span> : null;
}

export function AuditWorkspace() {
  const t = useTranslations("Audit");
  const en = useLocale() === "en";
  const mounted = useSyncExternalStore(noSubscription, () => true, () => false);
  const viewer = useQuery(AuditViewerQuery, { skip: !mounted });
  const [chain, setChain] = useState<PickedUnit[]>([]);
  const [login, setLogin] = useState("");
  const [entityType, setEntityType] = useState("Person");
  const [entityId, setEntityId] = useState("");
  const [kinds, setKinds] = useState<AuditKind[]>([]);
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [shown, setShown] = useState<Shown>();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors.at(-1) ?? null;
  const log = useQuery(AuditLogQuery, { variables: { ...(shown ?? { unit: "", filter: {} }), after }, skip: !shown, fetchPolicy: "network-only" });

  if (!mounted || (!viewer.data && !viewer.error)) return <p aria-live="polite">{t("loading")}</p>;
  if (viewer.error) return <ApiAlert className="mt-6" error={viewer.error} />;
  const me = viewer.data?.me;
  if (!me || !me.permissions.includes("audit.read")) {
    return <Alert className="mt-6">{t("noPermission")}</Alert>;
  }
  // An account kept on a unit abolished by a reorganisation reads its unit as on its last day.
  const date = me.unit.validTo ? addDays(me.unit.validTo, -1) : undefined;
  const root = { code: me.unit.code, name: me.unit.name, level: me.unit.level };
  const serverErrors = log.error ? apiFieldErrors(log.error, en) : {};
  const fieldError = (k: string) => errors[k] ?? serverErrors[k];
  const invalid = (k: string) => (fieldError(k) ? { "aria-invalid": true as const, "aria-describedby": `audit-${k}-error` } : {});

  function submit() {
    const found: Record<string, string> = {};
    if (login.trim().length > 40) found.login = t("errors.login");
    if (entityId.trim().length > 40) found.entityId = t("errors.entityId");
    if (from && to && from > to) found.to = t("errors.dates");
    setErrors(found);
    if (Object.keys(found).length) return;
    const filter: AuditFilter = {
      ...(login.trim() ? { login: login.trim() } : {}),
      ...(entityId.trim() ? { entityType, entityId: entityId.trim() } : {}),
      ...(kinds.length ? { kinds } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    };
    setCursors([null]);
    setShown({ unit: pickedUnit(root, chain).code, date, filter });
  }

  const data = log.data?.auditLog;
  const firstIndex = (cursors.length - 1) * 50;
  const number = (n: number) => n.toLocaleString(en ? "en-US" : "vi-VN");
  return (
    <>
      <form className="mt-6 grid gap-4" noValidate onSubmit={(e) => { e.preventDefault(); submit(); }}>
        <div className="flex flex-wrap items-end gap-4">
          <UnitPicker root={root} chain={chain} onChange={setChain} date={date} idPrefix="audit-unit" />
        </div>
        <div className="flex flex-wrap items-start gap-4">
          <div className={field}>
            <label htmlFor="audit-login">{t("filterUser")}</label>
            <input id="audit-login" className={input} value={login} autoComplete="off" spellCheck={false} maxLength={60} onChange={(e) => setLogin(e.target.value)} {...invalid("login")} />
            <FieldError id="audit-login-error" message={fieldError("login")} />
          </div>
          <div className={field}>
            <label htmlFor="audit-entityType">{t("filterRecordType")}</label>
            <select id="audit-entityType" className={input} value={entityType} onChange={(e) => setEntityType(e.target.value)} {...invalid("entityType")}>
              {RECORD_TYPES.map((r) => <option key={r} value={r}>{t(`entities.${r}` as "entities.Person")}</option>)}
            </select>
            <FieldError id="audit-entityType-error" message={fieldError("entityType")} />
          </div>
          <div className={field}>
            <label htmlFor="audit-entityId">{t("filterRecordId")}</label>
            <input id="audit-entityId" className={input} value={entityId} inputMode="numeric" autoComplete="off" maxLength={60} onChange={(e) => setEntityId(e.target.value)} {...invalid("entityId")} />
            <FieldError id="audit-entityId-error" message={fieldError("entityId")} />
          </div>
          <div className={field}>
            <label htmlFor="audit-from">{t("filterFrom")}</label>
            <input id="audit-from" type="date" className={input} value={from} min="2021-01-01" onChange={(e) => setFrom(e.target.value)} {...invalid("from")} />
            <FieldError id="audit-from-error" message={fieldError("from")} />
          </div>
          <div className={field}>
            <label htmlFor="audit-to">{t("filterTo")}</label>
            <input id="audit-to" type="date" className={input} value={to} min="2021-01-01" onChange={(e) => setTo(e.target.value)} {...invalid("to")} />
            <FieldError id="audit-to-error" message={fieldError("to")} />
          </div>
        </div>
        <fieldset className="flex flex-wrap gap-x-6 gap-y-2">
          <legend className="mb-1 font-semibold">{t("filterKinds")}</legend>
          {KINDS.map((k) => (
            <label key={k} className="flex items-center gap-2">
              <input type="checkbox" className="h-5 w-5" checked={kinds.includes(k)}
                onChange={(e) => setKinds(e.target.checked ? [...kinds, k] : kinds.filter((x) => x !== k))} />
              {t(`kinds.${k}`)}
            </label>
          ))}
        </fieldset>
        <p className="text-sm text-slate-700">{t("kindsHint")}</p>
        <div>
          <button type="submit" className="btn">{t("show")}</button>
        </div>
      </form>

      {log.error && <ApiAlert className="mt-4" error={log.error} />}
      {shown && !data && !log.error && <p aria-live="polite" className="mt-4">{t("loading")}</p>}
      {data && (
        <section aria-labelledby="audit-result" className="mt-6">
          <h2 id="audit-result" className="text-2xl font-bold text-brand-900">{t("resultHeading", { count: number(data.totalCount) })}</h2>
          {data.totalCount === 0 ? (
            <p className="mt-2">{t("empty")}</p>
          ) : (
            <>
              <p className="mt-1 text-sm text-slate-700" aria-live="polite">
                {t("showing", { from: number(firstIndex + 1), to: number(firstIndex + data.edges.length), total: number(data.totalCount) })}
              </p>
              <AuditTable lines={data.edges.map((e) => e.node)} first={firstIndex} />
              <div className="mt-3 flex gap-3">
                <button type="button" className="btn" disabled={cursors.length === 1 || log.loading} onClick={() => setCursors(cursors.slice(0, -1))}>{t("previous")}</button>
                <button type="button" className="btn" disabled={!data.pageInfo.hasNextPage || log.loading} onClick={() => setCursors([...cursors, data.pageInfo.endCursor])}>{t("next")}</button>
              </div>
            </>
          )}
        </section>
      )}
    </>
  );
}
