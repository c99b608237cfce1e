"use client";
// The population pyramid of any projected year by five-year groups (100+ open), men on the
// left and women on the right, on one scale for every year so that the animation shows the
// population ageing. The slider (arrow keys) picks a year; "play" steps through them.
import { useEffect, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";

interface PyramidYear {
  year: number;
  populationMale: number[];
  populationFemale: number[];
}

const GROUPS = 21;
const groupsOf = (v: number[]) => Array.from({ length: GROUPS }, (_, g) => (g === 20 ? v[100] ?? 0 : v.slice(5 * g, 5 * g + 5).reduce((s, x) => s + x, 0)));
const label = (g: number) => (g === 20 ? "100+" : `${5 * g}–${5 * g + 4}`);
const W = 640, ROW = 16, MID = 56, TOP = 8;
const STEP_MS = 600;

export function PopulationPyramid({ years }: { years: PyramidYear[] }) {
  const t = useTranslations("Projections");
  const format = useFormatter();
  const [index, setIndex] = useState(0);
  const [playing, setPlaying] = useState(false);
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => setIndex((i) => {
      if (i + 1 >= years.length) {
        setPlaying(false);
        return i;
      }
      return i + 1;
    }), STEP_MS);
    return () => clearInterval(timer);
  }, [playing, years.length]);

  const shown = years[Math.min(index, years.length - 1)]!;
  const male = groupsOf(shown.populationMale), female = groupsOf(shown.populationFemale);
  const max = Math.max(1, ...years.flatMap((y) => [...groupsOf(y.populationMale), ...groupsOf(y.populationFemale)]));
  const half = (W - MID) / 2;
  const width = (n: number) => (n / max) * (half - 4);
  const H = TOP * 2 + GROUPS * ROW + 20;
  return (
    <section aria-labelledby="pyramid-heading" className="mt-8">
      <h3 id="pyramid-heading" className="text-xl font-bold text-brand-900">{t("pyramidHeading", { year: shown.year })}</h3>
      <div className="mt-2 flex flex-wrap items-center gap-4">
        <button type="button" className="btn-secondary" aria-pressed={playing}
          onClick={() => { if (!playing && index >= years.length - 1) setIndex(0); setPlaying(!playing); }}>
          {playing ? t("pause") : t("play")}
        </button>
        <label className="flex items-center gap-2 font-semibold">
          {t("year")}
          <input type="range" min={0} max={years.length - 1} value={index} className="w-56"
            aria-valuetext={String(shown.year)} onChange={(e) => { setPlaying(false); setIndex(Number(e.target.value)); }} />
          <output className="w-12 font-normal">{shown.year}</output>
        </label>
      </div>
      <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-labelledby="pyramid-heading">
        <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full min-w-[30rem] max-w-2xl" role="img" aria-labelledby="pyramid-title">
          <title id="pyramid-title">{t("pyramidTitle", { year: shown.year, male: format.number(Math.round(male.reduce((s, x) => s + x, 0))), female: format.number(Math.round(female.reduce((s, x) => s + x, 0))) })}</title>
          {Array.from({ length: GROUPS }, (_, g) => {
            const yy = TOP + (GROUPS - 1 - g) * ROW;
            return (
              <g key={g}>
                <rect x={half - width(male[g]!)} y={yy + 1} width={width(male[g]!)} height={ROW - 3} fill="#154a8a" className="motion-safe:transition-all" />
                <rect x={half + MID} y={yy + 1} width={width(female[g]!)} height={ROW - 3} fill="#c2410c" className="motion-safe:transition-all" />
                <text x={W / 2} y={yy + ROW - 4} textAnchor="middle" fontSize="11" fill="#0f172a">{label(g)}</text>
              </g>
            );
          })}
          <text x={half / 2} y={H - 4} textAnchor="middle" fontSize="13" fontWeight="bold" fill="#154a8a">{t("men")}</text>
          <text x={half + MID + half / 2} y={H - 4} textAnchor="middle" fontSize="13" fontWeight="bold" fill="#9a3412">{t("women")}</text>
        </svg>
      </div>
    </section>
  );
}
