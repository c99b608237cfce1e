"use client";
// Choose a list, a unit and a reference date; preview who is on it (counts by unit below,
// pages of 50), then download it as Excel, CSV or PDF. Every preview and file is audited.
import { useState, useSyncExternalStore, type ReactNode } from "react";
import { useQuery } from "@apollo/client/react";
import { useLocale, useTranslations } from "next-intl";
import { ListPreview } from "./list-preview";
import { ListsWorkspaceQuery } from "./queries";
import { ApiAlert } from "../alert";

const noSubscription = () => () => {};
const b = (chunks: ReactNode) => <span className="font-semibold">{chunks}</span>;

export interface ListChoice {
  code: string;
  unit: string;
  date: string;
}

export function ListsWorkspace({ today }: { today: string }) {
  const t = useTranslations("Lists");
  const en = useLocale() === "en";
  const mounted = useSyncExternalStore(noSubscription, () => true, () => false);
  const { data, error } = useQuery(ListsWorkspaceQuery, { skip: !mounted });
  const [choice, setChoice] = useState<ListChoice>();
  const [code, setCode] = useState<string>();
  const [unitCode, setUnitCode] = useState<string>();
  const [date, setDate] = useState(today);

  if (!mounted || (!data && !error)) return <p aria-live="polite">{t("loading")}</p>;
  if (error) return <ApiAlert error={error} />;
  const me = data?.me;
  if (!me || !me.permissions.includes("list.export")) {
    return <p role="alert" className="mt-6 rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900">{t("noPermission")}</p>;
  }
  const units = [me.unit, ...me.unit.children.edges.map((e) => e.node)];
  const lists = data.personLists;
  const list = lists.find((l) => l.code === code) ?? lists[0]!;
  const unit = units.find((u) => u.code === unitCode) ?? units[0]!;
  const field = "grid w-full gap-1 font-semibold sm:w-auto";
  const input = "w-full rounded border border-slate-500 px-2 py-1.5 font-normal";
  return (
    <>
      <form
        className="mt-6 flex flex-wrap items-end gap-4"
        onSubmit={(e) => {
          e.preventDefault();
          setChoice({ code: list.code, unit: unit.code, date });
        }}
      >
        <label className={field}>
          {t("list")}
          <select className={input} value={list.code} onChange={(e) => setCode(e.target.value)}>
            {lists.map((l) => <option key={l.code} value={l.code}>{en ? l.nameEn : l.name}</option>)}
          </select>
        </label>
        <label className={field}>
          {t("unit")}
          <select className={input} value={unit.code} onChange={(e) => setUnitCode(e.target.value)}>
            {units.map((u) => <option key={u.code} value={u.code}>{u.name}</option>)}
          </select>
        </label>
        <label className={field}>
          {t("referenceDate")}
          <input type="date" className={input} value={date} min="2021-01-01" required onChange={(e) => setDate(e.target.value)} />
        </label>
        <button type="submit" className="btn">{t("preview")}</button>
      </form>
      <section aria-label={t("ruleHeading")} className="mt-4 max-w-3xl rounded border border-slate-300 bg-slate-50 p-3 text-sm text-slate-800">
        <p>{t.rich("ruleLine", { b, rule: en ? list.ruleEn : list.rule })}</p>
        <p className="mt-1">{t.rich("basisLine", { b, basis: en ? list.basisEn : list.basis, recipient: en ? list.recipientEn : list.recipient })}</p>
      </section>
      {choice && <ListPreview key={`${choice.code}|${choice.unit}|${choice.date}`} choice={choice} />}
    </>
  );
}
