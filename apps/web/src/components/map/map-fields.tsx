"use client";
// The fields both maps share: the indicator (grouped by theme) and the classification
// (method, classes or manual breaks, palette); and how a period is named.
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import {
  CLASS_METHODS, DIVERGING_PALETTES, MAX_CLASSES, MIN_CLASSES, SEQUENTIAL_PALETTES, defaultPalette, parseManualBreaks, referenceOf,
} from "@danso/domain";
import type { MapView } from "./map-view";
import { kindOf } from "./periods";

export const field = "grid gap-1 font-semibold";
export const input = "w-full rounded border border-slate-500 px-2 py-1.5 font-normal";

/** "Năm 2025", "2025 Q3", "Tháng 2025/03". */
export function usePeriodLabel() {
  const t = useTranslations("Map");
  return (code: string) => t(`periodName.${kindOf(code)}`, { code: code.replace("-M", "/").replace("-Q", " Q") });
}

export interface IndicatorOption {
  code: string;
  name: string;
  nameEn: string;
  theme: string;
}

export function IndicatorSelect({ indicators, view, setView }: { indicators: readonly IndicatorOption[]; view: MapView; setView(change: Partial<MapView>): void }) {
  const t = useTranslations("Map");
  const locale = useLocale();
  return (
    <label className={`${field} w-full sm:w-96`}>
      {t("indicator")}
      <select className={input} value={view.indicator} onChange={(e) => setView({ indicator: e.target.value, palette: "", breaks: "", method: view.method === "MANUAL" ? "QUANTILE" : view.method })}>
        {[...new Set(indicators.map((i) => i.theme))].map((theme) => (
          <optgroup key={theme} label={t(`theme.${theme as "POPULATION"}`)}>
            {indicators.filter((i) => i.theme === theme).map((i) => <option key={i.code} value={i.code}>{locale === "vi" ? i.name : i.nameEn}</option>)}
          </optgroup>
        ))}
      </select>
    </label>
  );
}

export function ClassificationFields({ view, setView }: { view: MapView; setView(change: Partial<MapView>): void }) {
  const t = useTranslations("Map");
  const [breaksError, setBreaksError] = useState<string>();
  const reference = referenceOf(view.indicator);
  const palette = view.palette || defaultPalette(view.indicator);
  return (
    <fieldset className="flex flex-wrap items-end gap-4 rounded border border-slate-300 p-3">
      <legend className="px-1 font-semibold">{t("classification")}</legend>
      <label className={field}>
        {t("method")}
        <select className={input} value={view.method} onChange={(e) => setView({ method: e.target.value as MapView["method"] })}>
          {CLASS_METHODS.map((m) => <option key={m} value={m}>{t(`methods.${m}`)}</option>)}
        </select>
      </label>
      {view.method !== "MANUAL" ? (
        <label className={field}>
          {t("classes")}
          <select className={input} value={view.classes} onChange={(e) => setView({ classes: Number(e.target.value) })}>
            {Array.from({ length: MAX_CLASSES - MIN_CLASSES + 1 }, (_, i) => MIN_CLASSES + i).map((k) => <option key={k} value={k}>{k}</option>)}
          </select>
        </label>
      ) : (
        <ManualBreaks value={view.breaks} error={breaksError} onApply={(text) => {
          try {
            parseManualBreaks(text);
            setBreaksError(undefined);
            setView({ breaks: text });
          } catch (e) {
            setBreaksError((e as Error).message);
          }
        }} />
      )}
      <label className={field}>
        {t("palette")}
        <select className={input} value={palette} onChange={(e) => setView({ palette: e.target.value as MapView["palette"] })}>
          <optgroup label={t("sequential")}>{SEQUENTIAL_PALETTES.map((p) => <option key={p} value={p}>{p}</option>)}</optgroup>
          <optgroup label={t("diverging", { reference: reference ?? "–" })}>{DIVERGING_PALETTES.map((p) => <option key={p} value={p} disabled={reference === null}>{p}</option>)}</optgroup>
        </select>
      </label>
    </fieldset>
  );
}

function ManualBreaks({ value, error, onApply }: { value: string; error?: string; onApply(text: string): void }) {
  const t = useTranslations("Map");
  const [text, setText] = useState(value);
  return (
    <div className="flex flex-wrap items-end gap-2">
      <label className={field}>
        {t("breaks")}
        <input className={`${input} sm:w-56`} value={text} onChange={(e) => setText(e.target.value)} placeholder={t("breaksPlaceholder")}
          onKeyDown={(e) => { if (e.key === "Enter") { e.preventDefault(); onApply(text); } }}
          {...(error ? { "aria-invalid": true, "aria-describedby": "breaks-error" } : {})} />
        {error && <span id="breaks-error" className="text-sm font-normal text-red-800">{error}</span>}
      </label>
      <button type="button" className="btn" onClick={() => onApply(text)}>{t("applyBreaks")}</button>
    </div>
  );
}
