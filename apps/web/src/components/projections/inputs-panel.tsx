"use client";
// What the projection started from, as observed in the register over the three full years
// before the base year: an analyst reads each input here before overriding it in the form.
import { useFormatter, useTranslations } from "next-intl";
import { useFragment } from "../../generated/gql";
import type { ProjectionFieldsFragment } from "../../generated/gql/graphql";
import { SexMortalityFields } from "./queries";

type Inputs = ProjectionFieldsFragment["inputs"];

export function InputsPanel({ inputs, overrides }: { inputs: Inputs; overrides: ProjectionFieldsFragment["overrides"] }) {
  const t = useTranslations("Projections");
  const format = useFormatter();
  const n = (v: number, digits = 0) => format.number(v, { maximumFractionDigits: digits, minimumFractionDigits: digits });
  const years = `${inputs.observedYears[0]}–${inputs.observedYears.at(-1)}`;
  const male = useFragment(SexMortalityFields, inputs.male), female = useFragment(SexMortalityFields, inputs.female);
  const sexes = [["male", male, overrides.e0Male], ["female", female, overrides.e0Female]] as const;
  return (
    <section aria-labelledby="inputs-heading" className="mt-8">
      <h3 id="inputs-heading" className="text-xl font-bold text-brand-900">{t("inputsHeading", { years })}</h3>
      <dl className="mt-2 grid max-w-3xl gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t("input.base", { year: inputs.baseYear })}</dt>
        <dd>{n(inputs.basePopulation)}</dd>
        <dt className="font-semibold">{t("input.tfr")}</dt>
        <dd>{t("input.tfrValue", { tfr: n(inputs.tfr, 2), births: n(inputs.births) })}</dd>
        <dt className="font-semibold">{t("input.srb")}</dt>
        <dd>
          {inputs.srbSource === "OBSERVED" ? t("input.srbObserved", { srb: n(inputs.srb, 1) })
            : t("input.srbDefault", { srb: n(inputs.srb, 1), observed: inputs.srbObserved === null || inputs.srbObserved === undefined ? "—" : n(inputs.srbObserved, 1) })}
          {overrides.srb != null && <strong className="ml-2">{t("input.overridden", { value: n(overrides.srb, 1) })}</strong>}
        </dd>
        {sexes.map(([sex, m, e0]) => (
          <div key={sex} className="contents">
            <dt className="font-semibold">{t(`input.e0.${sex}`)}</dt>
            <dd>
              {m.source === "OBSERVED" ? t("input.lifeObserved", { e0: n(m.e0, 1) }) : t("input.lifeModel", { e0: n(m.e0, 1), smr: n(m.smr ?? 1, 2) })}
              {e0 != null && <strong className="ml-2">{t("input.overridden", { value: n(e0, 1) })}</strong>}
            </dd>
          </div>
        ))}
        <dt className="font-semibold">{t("input.migration")}</dt>
        <dd>
          {t("input.migrationValue", { net: n(inputs.netMigrants) })}
          {overrides.migrationFactor != null && <strong className="ml-2">{t("input.factor", { factor: n(overrides.migrationFactor, 2) })}</strong>}
        </dd>
      </dl>
      {inputs.estimated && <p className="mt-2 text-sm text-slate-700">{t("estimatedNote")}</p>}

      <details className="mt-4">
        <summary className="cursor-pointer font-semibold text-brand-700">{t("asfrHeading")}</summary>
        <table className="mt-2 text-sm">
          <thead><tr><th scope="col" className="px-2 text-left">{t("column.ageGroup")}</th><th scope="col" className="px-2 text-right">{t("column.asfr")}</th></tr></thead>
          <tbody>
            {inputs.fertilityGroups.map((g, i) => (
              <tr key={g}><th scope="row" className="px-2 text-left font-normal">{g}</th><td className="px-2 text-right tabular-nums">{n(inputs.asfr[i]! * 1000, 1)}</td></tr>
            ))}
          </tbody>
        </table>
      </details>
      <details className="mt-2">
        <summary className="cursor-pointer font-semibold text-brand-700">{t("mortalityHeading")}</summary>
        <p className="mt-1 max-w-3xl text-sm text-slate-700">{t("mortalityNote")}</p>
        <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-label={t("mortalityHeading")}>
          <table className="text-sm">
            <thead>
              <tr>
                <th scope="col" className="px-2 text-left">{t("column.ageGroup")}</th>
                {sexes.flatMap(([sex]) => (["mDeaths", "mExposure", "mRate"] as const).map((k) => (
                  <th key={`${sex}-${k}`} scope="col" className="px-2 text-right">{t(`column.${k}`, { sex: t(sex === "male" ? "men" : "women") })}</th>
                )))}
              </tr>
            </thead>
            <tbody>
              {inputs.lifeTableGroups.map((g, i) => (
                <tr key={g}>
                  <th scope="row" className="px-2 text-left font-normal">{g}</th>
                  {sexes.flatMap(([sex, m]) => [
                    <td key={`${sex}-d`} className="px-2 text-right tabular-nums">{n(m.deaths[i]!)}</td>,
                    <td key={`${sex}-e`} className="px-2 text-right tabular-nums">{n(m.exposure[i]!)}</td>,
                    <td key={`${sex}-r`} className="px-2 text-right tabular-nums">{n(m.rates[i]! * 1000, 2)}</td>,
                  ])}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
