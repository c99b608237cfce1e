"use client";
// Importing boundaries for a level (administrators): the file is sent as it is, checked whole
// on the server; every problem comes back listed and nothing changes until none is left.
import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { useLocale, useTranslations } from "next-intl";
import { graphql } from "../../generated/gql";

export const BoundarySetsQuery = graphql(`
  query BoundarySets {
    boundarySets {
      tree
      level
      unitCount
      sourceName
      importedAt
      importedBy
    }
  }
`);

const LEVELS: Record<string, number[]> = { "2025-03": [1, 2, 3], "2025-07": [1, 3] };
type Outcome = { ok: true; unitCount: number; missing: number } | { ok: false; message: string; problems: string[] };

export function BoundaryImport() {
  const t = useTranslations("Map.import");
  const en = useLocale() === "en";
  const sets = useQuery(BoundarySetsQuery);
  const [tree, setTree] = useState("2025-07");
  const [level, setLevel] = useState(3);
  const [file, setFile] = useState<File>();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const input = "w-full rounded border border-slate-500 px-2 py-1.5 font-normal";

  async function submit() {
    if (!file) return setOutcome({ ok: false, message: t("chooseFile"), problems: [] });
    setBusy(true);
    try {
      const query = new URLSearchParams({ tree, level: String(level), fileName: file.name });
      const res = await fetch(`/api/map/boundaries/import?${query}`, { method: "POST", headers: { "content-type": "application/json" }, body: await file.text() });
      const json = (await res.json()) as { unitCount?: number; missingCodes?: string[]; error?: { message: string; messageEn?: string; fieldErrors?: { problems?: string[] } } };
      if (json.error) setOutcome({ ok: false, message: (en && json.error.messageEn) || json.error.message, problems: json.error.fieldErrors?.problems ?? [] });
      else setOutcome({ ok: true, unitCount: json.unitCount!, missing: json.missingCodes!.length });
      await sets.refetch();
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="import-heading" className="mt-10 rounded border border-slate-300 p-4">
      <h2 id="import-heading" className="text-lg font-semibold text-brand-900">{t("heading")}</h2>
      <p className="mt-1 max-w-3xl text-sm text-slate-700">{t("help")}</p>
      <form className="mt-3 flex flex-wrap items-end gap-4" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <label className="grid gap-1 font-semibold">
          {t("tree")}
          <select className={input} value={tree} onChange={(e) => { setTree(e.target.value); setLevel(LEVELS[e.target.value]!.at(-1)!); }}>
            {Object.keys(LEVELS).map((id) => <option key={id} value={id}>{t(`trees.${id as "2025-03"}`)}</option>)}
          </select>
        </label>
        <label className="grid gap-1 font-semibold">
          {t("level")}
          <select className={input} value={level} onChange={(e) => setLevel(Number(e.target.value))}>
            {LEVELS[tree]!.map((l) => <option key={l} value={l}>{t(`levels.${l as 1}`)}</option>)}
          </select>
        </label>
        <label className="grid gap-1 font-semibold">
          {t("file")}
          <input type="file" accept=".json,.geojson,.topojson,application/json" className="font-normal" onChange={(e) => setFile(e.target.files?.[0])} />
        </label>
        <button type="submit" className="btn" disabled={busy}>{busy ? t("importing") : t("submit")}</button>
      </form>
      {outcome?.ok && <p role="status" className="mt-3 rounded border-l-4 border-green-700 bg-green-50 p-3 text-green-900">{t("done", { count: outcome.unitCount, missing: outcome.missing })}</p>}
      {outcome && !outcome.ok && (
        <div role="alert" className="mt-3 rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900">
          <p>{outcome.message}</p>
          {outcome.problems.length > 0 && <ul className="mt-2 list-disc pl-6 text-sm">{outcome.problems.map((p) => <li key={p}>{p}</li>)}</ul>}
        </div>
      )}
      {sets.data && sets.data.boundarySets.length > 0 && (
        <table className="mt-4 text-sm" data-testid="boundary-sets">
          <caption className="text-left font-semibold">{t("imported")}</caption>
          <thead><tr><th scope="col" className="px-2 text-left">{t("tree")}</th><th scope="col" className="px-2 text-left">{t("level")}</th><th scope="col" className="px-2 text-right">{t("unitCount")}</th><th scope="col" className="px-2 text-left">{t("source")}</th><th scope="col" className="px-2 text-left">{t("by")}</th></tr></thead>
          <tbody>
            {sets.data.boundarySets.map((s) => (
              <tr key={`${s.tree}-${s.level}`}>
                <td className="px-2">{s.tree}</td><td className="px-2">{t(`levels.${s.level as 1}`)}</td><td className="px-2 text-right">{s.unitCount}</td><td className="px-2">{s.sourceName}</td><td className="px-2">{s.importedBy}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
