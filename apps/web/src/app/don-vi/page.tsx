// Public page: the administrative units of the tree in force on a date, and for each unit
// the units it was formed from and those it went into (the reorganisation of 1 July 2025).
import { getTranslations } from "next-intl/server";
import { todayInVietnam } from "@danso/domain";
import { UnitExplorer } from "../../components/units/unit-explorer";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^[0-9A-Za-z]{1,10}$/;

export default async function UnitsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [t, params] = await Promise.all([getTranslations("Units"), searchParams]);
  const date = typeof params.ngay === "string" && DATE.test(params.ngay) ? params.ngay : todayInVietnam();
  const code = typeof params.ma === "string" && CODE.test(params.ma) ? params.ma : undefined;
  const search = typeof params.tim === "string" ? params.tim.slice(0, 100) : "";
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
      <UnitExplorer key={`${code}|${date}|${search}`} date={date} code={code} search={search} />
    </>
  );
}
