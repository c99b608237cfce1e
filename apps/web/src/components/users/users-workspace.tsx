"use client";
// User administration for system administrators, inside their unit: the accounts of a
// unit (searchable), a new account, the one-time code shown once, and the accounts a
// reorganisation left on abolished units, to reassign or deactivate.
import { useState, useSyncExternalStore } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { useLocale, useTranslations } from "next-intl";
import { UnitPicker, pickedUnit, type PickedUnit } from "../units/unit-picker";
import { AccountForm, type AccountValues } from "./account-form";
import { AccountList } from "./account-list";
import { OneTimeCodeNotice, type IssuedCode } from "./one-time-code-notice";
import { AdminViewerQuery, CreateUser, FormerUnitAccountsQuery, UsersQuery } from "./queries";
import { Alert, ApiAlert } from "../alert";

const noSubscription = () => () => {};
const input = "w-full rounded border border-slate-500 px-2 py-1.5 font-normal";

export function UsersWorkspace() {
  const t = useTranslations("Users");
  const en = useLocale() === "en";
  const mounted = useSyncExternalStore(noSubscription, () => true, () => false);
  const viewer = useQuery(AdminViewerQuery, { skip: !mounted });
  const me = viewer.data?.me;
  const allowed = Boolean(me?.permissions.includes("user.manage"));
  const [issued, setIssued] = useState<IssuedCode>();
  const [creating, setCreating] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const [chain, setChain] = useState<PickedUnit[]>([]);
  const [search, setSearch] = useState("");
  const [shown, setShown] = useState<{ unit: string; search: string | null }>();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const root = me ? { code: me.unit.code, name: me.unit.name, level: me.unit.level } : { code: "", name: "", level: 0 };
  const listed = shown ?? { unit: root.code, search: null };
  const users = useQuery(UsersQuery, { variables: { ...listed, after: cursors.at(-1) ?? null }, skip: !allowed, fetchPolicy: "cache-and-network" });
  const former = useQuery(FormerUnitAccountsQuery, { skip: !allowed, fetchPolicy: "cache-and-network" });
  const [create, created] = useMutation(CreateUser, { refetchQueries: ["Users"] });

  if (!mounted || (!viewer.data && !viewer.error)) return <p aria-live="polite">{t("loading")}</p>;
  if (viewer.error) return <ApiAlert className="mt-4" error={viewer.error} />;
  if (!me || !allowed) return <Alert className="mt-4">{t("noPermission")}</Alert>;

  function add(v: AccountValues) {
    void create({ variables: { input: { login: v.login, fullName: v.fullName, role: v.role, unitCode: v.unit.code, areaCode: v.areaCode } } }).then((r) => {
      const c = r.data?.createUser;
      if (!c) return;
      setIssued({ login: v.login, fullName: v.fullName, code: c.code, validUntil: c.validUntil, created: true });
      setCreating(false);
      setFormKey((k) => k + 1);
    }, () => {});
  }

  const page = users.data?.users;
  const firstIndex = (cursors.length - 1) * 50;
  const number = (n: number) => n.toLocaleString(en ? "en-US" : "vi-VN");
  const formerAccounts = former.data?.accountsOnFormerUnits;
  return (
    <>
      {issued && <OneTimeCodeNotice issued={issued} onDone={() => setIssued(undefined)} />}

      <section aria-labelledby="create-heading" className="mt-6">
        <h2 id="create-heading" className="text-2xl font-bold text-brand-900">{t("createHeading")}</h2>
        {creating ? (
          <AccountForm key={formKey} idPrefix="create" root={root} withLogin submitLabel={t("create")} pending={created.loading} error={created.error}
            onSubmit={add} onCancel={() => { created.reset(); setCreating(false); }} />
        ) : (
          <button type="button" className="btn mt-2" onClick={() => setCreating(true)}>{t("openCreate")}</button>
        )}
      </section>

      <section aria-labelledby="list-heading" className="mt-8">
        <h2 id="list-heading" className="text-2xl font-bold text-brand-900">{t("listHeading")}</h2>
        <form className="mt-3 flex flex-wrap items-end gap-4" role="search" aria-label={t("listHeading")}
          onSubmit={(e) => { e.preventDefault(); setCursors([null]); setShown({ unit: pickedUnit(root, chain).code, search: search.trim() || null }); }}>
          <UnitPicker root={root} chain={chain} onChange={setChain} idPrefix="list-unit" />
          <label className="grid w-full gap-1 font-semibold sm:w-auto">
            {t("search")}
            <input className={input} type="search" value={search} maxLength={100} onChange={(e) => setSearch(e.target.value)} />
          </label>
          <button type="submit" className="btn">{t("find")}</button>
        </form>
        {users.error && <ApiAlert className="mt-4" error={users.error} />}
        {page && (
          <>
            <p className="mt-3 text-sm text-slate-700" aria-live="polite">
              {page.totalCount === 0 ? t("noAccounts") : t("showing", { from: number(firstIndex + 1), to: number(firstIndex + page.edges.length), total: number(page.totalCount) })}
            </p>
            <AccountList label={t("listHeading")} accounts={page.edges.map((e) => e.node)} root={root} viewerId={me.id} onCode={setIssued} />
            {(page.pageInfo.hasNextPage || cursors.length > 1) && (
              <div className="mt-3 flex gap-3">
                <button type="button" className="btn" disabled={cursors.length === 1} onClick={() => setCursors(cursors.slice(0, -1))}>{t("previous")}</button>
                <button type="button" className="btn" disabled={!page.pageInfo.hasNextPage} onClick={() => setCursors([...cursors, page.pageInfo.endCursor])}>{t("next")}</button>
              </div>
            )}
          </>
        )}
      </section>

      <section aria-labelledby="former-heading" className="mt-8">
        <h2 id="former-heading" className="text-2xl font-bold text-brand-900">{t("formerHeading")}</h2>
        <p className="mt-1 max-w-3xl text-slate-700">{t("formerIntro")}</p>
        {former.error && <ApiAlert className="mt-4" error={former.error} />}
        {formerAccounts && (formerAccounts.totalCount === 0
          ? <p className="mt-2">{t("formerNone")}</p>
          : <AccountList label={t("formerHeading")} accounts={formerAccounts.edges.map((e) => e.node)} root={root} viewerId={me.id} onCode={setIssued} reassign />)}
      </section>
    </>
  );
}
