"use client";
// Accounts as cards (readable at 360 px): who, role, unit, area with its code, status; and
// what an administrator does to one: change it, reset its password, (de)activate it.
import { useState } from "react";
import { useMutation } from "@apollo/client/react";
import { useTranslations } from "next-intl";
import { ROLE_LABELS, type AccountRole } from "@danso/domain";
import { useFragment, type FragmentType } from "../../generated/gql";
import type { AccountFieldsFragment } from "../../generated/gql/graphql";
import type { PickedUnit } from "../units/unit-picker";
import { AccountForm, type AccountValues } from "./account-form";
import { useDay } from "../use-day";
import { useLabel } from "../use-label";
import { ConfirmButton } from "./confirm-button";
import type { IssuedCode } from "./one-time-code-notice";
import { AccountFields, ResetUserPassword, UpdateUser } from "./queries";
import { ApiAlert } from "../alert";

const REFETCH = ["Users", "FormerUnitAccounts"];

/** The units from the administrator's down to the account's, to open the picker there. */
function chainOf(account: AccountFieldsFragment, root: PickedUnit): PickedUnit[] {
  if (account.unit.validTo) return [];
  const below = [...account.unit.ancestors, account.unit].filter((u) => u.level > root.level);
  return below.some((u) => u.code === root.code) ? [] : below.map((u) => ({ code: u.code, name: u.name, level: u.level }));
}

function AccountCard({ account, root, viewerId, onCode, reassign }: {
  account: AccountFieldsFragment; root: PickedUnit; viewerId: string; onCode: (c: IssuedCode) => void; reassign?: boolean;
}) {
  const t = useTranslations("Users");
  const day = useDay();
  const label = useLabel();
  const [editing, setEditing] = useState(false);
  const [update, updating] = useMutation(UpdateUser, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const [reset, resetting] = useMutation(ResetUserPassword, { refetchQueries: REFETCH });
  const self = account.id === viewerId;
  const headingId = `account-${account.id}`;

  function save(v: AccountValues) {
    const moved = v.role !== account.role || v.unit.code !== account.unit.code || (v.areaCode ?? null) !== (account.area?.code ?? null);
    const input = {
      ...(v.fullName !== account.fullName ? { fullName: v.fullName } : {}),
      ...(moved ? { role: v.role, unitCode: v.unit.code, areaCode: v.areaCode } : {}),
    };
    if (!Object.keys(input).length) return setEditing(false);
    void update({ variables: { id: account.id, input } }).then((r) => { if (!r.error) setEditing(false); }, () => {});
  }

  return (
    <li className="rounded border border-slate-300 p-3" aria-labelledby={headingId}>
      <h3 id={headingId} className="text-lg font-bold text-brand-900">
        {account.fullName} <span className="font-mono text-base font-normal text-slate-700">{t("loginInline", { login: account.login })}</span>
      </h3>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-4 text-sm">
        <dt className="font-semibold">{t("role")}</dt>
        <dd>{label(ROLE_LABELS[account.role])}</dd>
        <dt className="font-semibold">{t("unit")}</dt>
        <dd>{account.unit.validTo ? t("formerUnit", { name: account.unit.name, code: account.unit.code, until: day(account.unit.validTo) }) : t("unitOption", { name: account.unit.name, code: account.unit.code })}</dd>
        {account.area && (<><dt className="font-semibold">{t("area")}</dt><dd>{t("areaOption", { name: account.area.name, code: account.area.code })}</dd></>)}
        <dt className="font-semibold">{t("status")}</dt>
        <dd>{!account.active ? t("inactive") : account.oneTimeCodeUntil ? t("codePending") : t("active")}</dd>
      </dl>
      {editing ? (
        <AccountForm idPrefix={`edit-${account.id}`} root={root} withLogin={false} submitLabel={t("saveChanges")} pending={updating.loading} error={updating.error}
          initial={{ fullName: account.fullName, role: reassign ? undefined : (account.role as AccountRole), areaCode: account.area?.code ?? null }}
          initialChain={chainOf(account, root)} onSubmit={save} onCancel={() => { updating.reset(); setEditing(false); }} />
      ) : (
        <div className="mt-3 flex flex-wrap gap-3">
          <button type="button" className="btn-secondary" onClick={() => setEditing(true)}>{reassign ? t("reassign") : t("edit")}</button>
          {!self && (
            <ConfirmButton label={t("resetPassword")} confirmLabel={t("confirmReset")} disabled={resetting.loading}
              question={t("resetQuestion", { login: account.login })}
              onConfirm={() => void reset({ variables: { id: account.id } }).then((r) => {
                const c = r.data?.resetUserPassword;
                if (c) onCode({ login: account.login, fullName: account.fullName, code: c.code, validUntil: c.validUntil, created: false });
              }, () => {})} />
          )}
          {!self && (
            <ConfirmButton label={account.active ? t("deactivate") : t("reactivate")} confirmLabel={account.active ? t("confirmDeactivate") : t("confirmReactivate")}
              disabled={updating.loading} question={account.active ? t("deactivateQuestion", { login: account.login }) : t("reactivateQuestion", { login: account.login })}
              onConfirm={() => void update({ variables: { id: account.id, input: { active: !account.active } } }).catch(() => {})} />
          )}
        </div>
      )}
      {!editing && (updating.error || resetting.error) && (
        <ApiAlert className="mt-2" error={updating.error ?? resetting.error} />
      )}
    </li>
  );
}

export function AccountList({ accounts, root, viewerId, onCode, reassign, label }: {
  accounts: FragmentType<typeof AccountFields>[]; root: PickedUnit; viewerId: string; onCode: (c: IssuedCode) => void; reassign?: boolean; label: string;
}) {
  const list = useFragment(AccountFields, accounts);
  return (
    <ul className="mt-3 grid gap-3 lg:grid-cols-2" aria-label={label}>
      {list.map((a) => <AccountCard key={a.id} account={a} root={root} viewerId={viewerId} onCode={onCode} reassign={reassign} />)}
    </ul>
  );
}
