"use client";
// Total population on 1 January of each year under every scenario, one line each: colours
// and dash patterns both differ, so the lines are told apart without colour. The figures
// themselves are in the table below the chart.
import { useFormatter, useTranslations } from "next-intl";
import type { ProjectionScenario } from "../../generated/gql/graphql";
import { niceTicks } from "./nice-ticks";

export interface ScenarioLine {
  scenario: ProjectionScenario;
  totals: number[];
}

const W = 720, H = 300, PAD = { left: 80, right: 16, top: 16, bottom: 36 };
const STYLE: Record<string, { colour: string; dash: string }> = {
  MEDIUM: { colour: "#154a8a", dash: "" },
  LOW: { colour: "#b45309", dash: "6 4" },
  HIGH: { colour: "#047857", dash: "2 3" },
  NO_MIGRATION: { colour: "#6d28d9", dash: "10 3 2 3" },
  CUSTOM: { colour: "#be123c", dash: "1 0" },
};

export function TotalsChart({ baseYear, lines, selected }: { baseYear: number; lines: ScenarioLine[]; selected: string }) {
  const t = useTranslations("Projections");
  const format = useFormatter();
  const all = lines.flatMap((l) => l.totals);
  const ticks = niceTicks(Math.min(...all) * 0.98, Math.max(...all) * 1.02);
  const [lo, hi] = [ticks[0]!, ticks.at(-1)!];
  const years = lines[0]?.totals.length ?? 0;
  const x = (i: number) => PAD.left + (i * (W - PAD.left - PAD.right)) / Math.max(1, years - 1);
  const y = (v: number) => PAD.top + ((hi - v) * (H - PAD.top - PAD.bottom)) / (hi - lo || 1);
  const yearTicks = Array.from({ length: years }, (_, i) => i).filter((i) => (baseYear + i) % 5 === 0 || i === 0 || i === years - 1);
  return (
    <figure className="mt-4">
      {/* Below 34rem the chart keeps its size and scrolls, so its labels stay legible on a phone. */}
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("chartHeading")}>
        <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full min-w-[34rem] max-w-3xl" role="img" aria-labelledby="totals-title">
          <title id="totals-title">{t("chartTitle")}</title>
          {ticks.map((v) => (
            <g key={v}>
              <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="#cbd5e1" />
              <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" fontSize="12" fill="#334155">{format.number(v)}</text>
            </g>
          ))}
          {yearTicks.map((i) => (
            <text key={i} x={x(i)} y={H - 12} textAnchor="middle" fontSize="12" fill="#334155">{baseYear + i}</text>
          ))}
          {lines.map((l) => {
            const s = STYLE[l.scenario] ?? STYLE.MEDIUM!;
            return (
              <polyline key={l.scenario} fill="none" stroke={s.colour} strokeWidth={l.scenario === selected ? 3.5 : 2} strokeDasharray={s.dash}
                points={l.totals.map((v, i) => `${x(i)},${y(v)}`).join(" ")} />
            );
          })}
        </svg>
      </div>
      <figcaption>
        <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm">
          {lines.map((l) => {
            const s = STYLE[l.scenario] ?? STYLE.MEDIUM!;
            return (
              <li key={l.scenario} className="flex items-center gap-2">
                <svg width="36" height="10" aria-hidden="true"><line x1="0" x2="36" y1="5" y2="5" stroke={s.colour} strokeWidth="3" strokeDasharray={s.dash} /></svg>
                <span className={l.scenario === selected ? "font-bold" : ""}>
                  {t("legendItem", { scenario: t(`scenario.${l.scenario}`), total: format.number(Math.round(l.totals.at(-1) ?? 0)) })}
                </span>
              </li>
            );
          })}
        </ul>
      </figcaption>
    </figure>
  );
}
