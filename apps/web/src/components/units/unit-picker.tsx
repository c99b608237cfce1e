"use client";
// Choosing a unit inside the viewer's own: one list per level below it (provinces, then
// communes...), each offering "all of the unit above" to stop there, and each shown once its
// units are loaded. The viewer's unit is the default; the picker never offers a unit outside it.
import { useQuery } from "@apollo/client/react";
import { useTranslations } from "next-intl";
import { ChildUnitsQuery } from "./queries";

export interface PickedUnit {
  code: string;
  name: string;
  level: number;
}

const input = "w-full rounded border border-slate-500 px-2 py-1.5 font-normal";

function ChildSelect({ parent, date, value, onPick, id, describedBy }: {
  parent: PickedUnit; date?: string; value: string; onPick: (u: PickedUnit | null) => void; id: string; describedBy?: string;
}) {
  const t = useTranslations("UnitPicker");
  const { data } = useQuery(ChildUnitsQuery, { variables: { parent: parent.code, date } });
  // Shown once its units are known. While they load, a list would have to guess its level
  // (a province's children are districts before 1 July 2025, communes since) and offer only
  // "all of …": it was named "districts", then renamed "communes", and whoever read its
  // options in between (a screen reader, a test) found nothing to choose.
  if (!data) return null;
  const children = data.units.edges.map((e) => e.node);
  if (children.length === 0) return null;
  const level = children[0]!.level;
  return (
    <label className="grid w-full gap-1 font-semibold sm:w-auto" htmlFor={id}>
      {t(`level${Math.min(Math.max(level, 1), 3) as 1 | 2 | 3}`)}
      <select id={id} className={input} value={value} aria-describedby={describedBy}
        onChange={(e) => onPick(children.find((c) => c.code === e.target.value) ?? null)}>
        <option value="">{t("whole", { name: parent.name })}</option>
        {children.map((c) => <option key={c.code} value={c.code}>{t("option", { name: c.name, code: c.code })}</option>)}
      </select>
    </label>
  );
}

/** `chain`: the units chosen below `root`, top down (empty: the root itself). */
export function UnitPicker({ root, chain, onChange, date, idPrefix, describedBy }: {
  root: PickedUnit; chain: PickedUnit[]; onChange: (chain: PickedUnit[]) => void; date?: string; idPrefix: string; describedBy?: string;
}) {
  const parents = [root, ...chain];
  return (
    <>
      {parents.map((parent, i) => (
        <ChildSelect key={parent.code} id={`${idPrefix}-${i}`} parent={parent} date={date} value={chain[i]?.code ?? ""} describedBy={describedBy}
          onPick={(u) => onChange(u ? [...chain.slice(0, i), u] : chain.slice(0, i))} />
      ))}
    </>
  );
}

export const pickedUnit = (root: PickedUnit, chain: PickedUnit[]): PickedUnit => chain.at(-1) ?? root;
