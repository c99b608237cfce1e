// Home page: the nation's headline figures, computed from the register at request time.
import { connection } from "next/server";
import { getFormatter, getTranslations } from "next-intl/server";
import { getDb, getNationalSummary } from "@danso/db";
import { formatDateVi, todayInVietnam } from "@danso/domain";
import { StatCard } from "../components/stat-card";

export default async function HomePage() {
  // Figures change with every verified event: never prerender or cache this page.
  await connection();
  const [t, format] = await Promise.all([getTranslations("Home"), getFormatter()]);
  const summary = await getNationalSummary(getDb(), todayInVietnam());
  const number = (n: number) => format.number(n, { maximumFractionDigits: 0 });

  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900 sm:text-4xl">{t("title")}</h1>
      <p className="mt-1 text-lg text-slate-700">{t("asOf", { date: formatDateVi(summary.asOf) })}</p>
      <section aria-labelledby="figures-heading" className="mt-8">
        <h2 id="figures-heading" className="sr-only">
          {t("figures")}
        </h2>
        <dl className="grid gap-6 md:grid-cols-3">
          <StatCard testId="stat-population" label={t("population")} value={number(summary.population)} unit={t("populationUnit")} />
          <StatCard testId="stat-households" label={t("households")} value={number(summary.households)} unit={t("householdsUnit")} />
          <StatCard
            testId="stat-births"
            label={t("birthsThisYear", { year: summary.asOf.slice(0, 4) })}
            value={number(summary.birthsThisYear)}
            unit={t("birthsUnit")}
          />
        </dl>
      </section>
    </>
  );
}
