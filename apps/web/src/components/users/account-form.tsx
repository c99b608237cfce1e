"use client";
// The fields of an account: login (new accounts only), full name, role, unit and, for a
// collaborator, the area of their commune (shown with its code: names repeat in merged
// wards). The account rules are the domain's (the server checks them again); their messages
// show beside each field, the server's too, and any other refusal in an alert.
import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { useLocale, useTranslations } from "next-intl";
import { ACCOUNT_MESSAGES, ROLE_LABELS, ROLES, checkAccountPlacement, isLogin, type AccountIssue, type AccountRole } from "@danso/domain";
import { apiFieldErrors } from "../api-error";
import { UnitAreasQuery } from "../units/queries";
import { UnitPicker, pickedUnit, type PickedUnit } from "../units/unit-picker";
import { ApiAlert } from "../alert";
import { useLabel } from "../use-label";

export interface AccountValues {
  login: string;
  fullName: string;
  role: AccountRole;
  unit: PickedUnit;
  areaCode: string | null;
}

const field = "grid w-full gap-1 font-semibold sm:w-auto";
const input = "w-full rounded border border-slate-500 px-2 py-1.5 font-normal aria-[invalid=true]:border-red-700";

export function AccountForm({ idPrefix, root, initial, initialChain, withLogin, submitLabel, pending, error, onSubmit, onCancel }: {
  idPrefix: string; root: PickedUnit; initial?: Partial<AccountValues>; initialChain?: PickedUnit[]; withLogin: boolean; submitLabel: string;
  pending: boolean; error?: unknown; onSubmit: (values: AccountValues) => void; onCancel?: () => void;
}) {
  const t = useTranslations("Users");
  const layout = useTranslations("Layout");
  const en = useLocale() === "en";
  const label = useLabel();
  const [login, setLogin] = useState(initial?.login ?? "");
  const [fullName, setFullName] = useState(initial?.fullName ?? "");
  const [role, setRole] = useState<AccountRole | "">(initial?.role ?? "");
  const [chain, setChain] = useState<PickedUnit[]>(initialChain ?? []);
  const [areaCode, setAreaCode] = useState(initial?.areaCode ?? "");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const unit = pickedUnit(root, chain);
  const collaborator = role === "COLLABORATOR";
  const areas = useQuery(UnitAreasQuery, { variables: { code: unit.code }, skip: !collaborator || unit.level !== 3 });
  const rule = (issue: AccountIssue) => ACCOUNT_MESSAGES[issue][en ? "en" : "vi"];
  const server = error ? apiFieldErrors(error, en) : {};
  const message = (k: string) => errors[k] ?? server[k];
  const describe = (k: string, hint?: string) => {
    const ids = [hint, message(k) ? `${idPrefix}-${k}-error` : undefined].filter(Boolean).join(" ");
    return { ...(message(k) ? { "aria-invalid": true as const } : {}), ...(ids ? { "aria-describedby": ids } : {}) };
  };
  const shownError = (k: string) => (message(k) ? <span id={`${idPrefix}-${k}-error`} className="text-sm font-normal text-red-800">{message(k)}</span> : null);

  function submit() {
    const found: Record<string, string> = {};
    if (withLogin && !isLogin(login.trim().toLowerCase())) found.login = rule("LOGIN_FORMAT");
    if (!fullName.trim() || fullName.trim().length > 100) found.fullName = rule("NAME_REQUIRED");
    if (!role) found.role = t("roleRequired");
    else {
      const placement = checkAccountPlacement(role, unit.level, Boolean(collaborator && areaCode));
      if (placement.role) found.role = rule(placement.role);
      if (placement.areaCode) found.areaCode = rule(placement.areaCode);
    }
    setErrors(found);
    if (Object.keys(found).length || !role) return;
    onSubmit({ login: login.trim().toLowerCase(), fullName: fullName.trim(), role, unit, areaCode: collaborator ? areaCode : null });
  }

  return (
    <form className="mt-4 grid gap-4" noValidate onSubmit={(e) => { e.preventDefault(); submit(); }}>
      <div className="flex flex-wrap items-start gap-4">
        {withLogin && (
          <div className={field}>
            <label htmlFor={`${idPrefix}-login`}>{t("login")}</label>
            <input id={`${idPrefix}-login`} className={input} value={login} autoComplete="off" spellCheck={false} autoCapitalize="none" maxLength={40} required
              onChange={(e) => setLogin(e.target.value)} {...describe("login", `${idPrefix}-login-hint`)} />
            <span id={`${idPrefix}-login-hint`} className="text-sm font-normal text-slate-700">{t("loginHint")}</span>
            {shownError("login")}
          </div>
        )}
        <div className={field}>
          <label htmlFor={`${idPrefix}-fullName`}>{t("fullName")}</label>
          <input id={`${idPrefix}-fullName`} className={`${input} sm:w-72`} value={fullName} autoComplete="off" maxLength={100} required onChange={(e) => setFullName(e.target.value)} {...describe("fullName")} />
          {shownError("fullName")}
        </div>
        <div className={field}>
          <label htmlFor={`${idPrefix}-role`}>{t("role")}</label>
          <select id={`${idPrefix}-role`} className={input} value={role} required onChange={(e) => setRole(e.target.value as AccountRole)} {...describe("role")}>
            <option value="">{t("chooseRole")}</option>
            {ROLES.map((r) => <option key={r} value={r}>{label(ROLE_LABELS[r])}</option>)}
          </select>
          {shownError("role")}
        </div>
      </div>
      <fieldset className="flex flex-wrap items-start gap-4">
        <legend className="mb-1 font-semibold">{t("unitLegend", { name: unit.name })}</legend>
        <UnitPicker root={root} chain={chain} onChange={(c) => { setChain(c); setAreaCode(""); }} idPrefix={`${idPrefix}-unit`}
          describedBy={message("unitCode") ? `${idPrefix}-unitCode-error` : undefined} />
        {collaborator && unit.level === 3 && (
          <div className={field}>
            <label htmlFor={`${idPrefix}-area`}>{t("area")}</label>
            <select id={`${idPrefix}-area`} className={input} value={areaCode} required onChange={(e) => setAreaCode(e.target.value)} {...describe("areaCode")}>
              <option value="">{t("chooseArea")}</option>
              {(areas.data?.unit?.areas ?? []).map((a) => <option key={a.code} value={a.code}>{t("areaOption", { name: a.name, code: a.code })}</option>)}
            </select>
            {shownError("areaCode")}
          </div>
        )}
        {collaborator && unit.level !== 3 && <p className="text-sm font-normal text-slate-700">{t("areaNeedsCommune")}</p>}
        {shownError("unitCode")}
        {collaborator && unit.level === 3 ? null : shownError("areaCode")}
      </fieldset>
      {error ? <ApiAlert error={error} /> : null}
      <div className="flex flex-wrap gap-3">
        <button type="submit" className="btn" disabled={pending}>{pending ? t("saving") : submitLabel}</button>
        {onCancel && <button type="button" className="btn-secondary" onClick={onCancel}>{layout("cancel")}</button>}
      </div>
    </form>
  );
}
