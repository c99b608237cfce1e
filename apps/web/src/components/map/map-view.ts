// The state of a map view, held in the URL so a view can be shared and restored: indicator,
// period, the unit drawn within and its level, classification and palette, bubble.
import { CLASS_METHODS, isPalette, MAX_CLASSES, MIN_CLASSES, isIndicatorCode, isPeriodCode, type ClassMethod, type Palette } from "@danso/domain";

export interface MapView {
  indicator: string;
  period: string;
  /** Unit code; "" for the viewer's default. */
  within: string;
  /** 0: the next level below `within`. */
  level: number;
  method: ClassMethod;
  classes: number;
  /** Manual thresholds as typed ("10; 20"). */
  breaks: string;
  /** "" for the indicator's default palette. */
  palette: Palette | "";
  bubble: string;
}

export const defaultView = (lastYear: number): MapView => ({
  indicator: "TFR", period: String(lastYear), within: "", level: 0, method: "QUANTILE", classes: 5, breaks: "", palette: "", bubble: "",
});

/** The view a URL's query holds; anything malformed takes its default. */
export function readView(params: URLSearchParams, lastYear: number): MapView {
  const d = defaultView(lastYear);
  const get = (k: string) => params.get(k) ?? "";
  const classes = Number(get("classes"));
  const level = Number(get("level"));
  const method = get("method") as ClassMethod;
  const palette = get("palette");
  return {
    indicator: isIndicatorCode(get("indicator")) ? get("indicator") : d.indicator,
    period: isPeriodCode(get("period")) ? get("period") : d.period,
    within: /^[A-Z0-9]{1,10}$/.test(get("within")) ? get("within") : d.within,
    level: Number.isInteger(level) && level >= 1 && level <= 3 ? level : d.level,
    method: CLASS_METHODS.includes(method) ? method : d.method,
    classes: Number.isInteger(classes) && classes >= MIN_CLASSES && classes <= MAX_CLASSES ? classes : d.classes,
    breaks: get("breaks").slice(0, 200),
    palette: isPalette(palette) ? palette : "",
    bubble: isIndicatorCode(get("bubble")) ? get("bubble") : "",
  };
}

/** The query of a view: only what differs from the defaults, in a fixed order. */
export function writeView(view: MapView, lastYear: number): string {
  const d = defaultView(lastYear);
  const params = new URLSearchParams();
  for (const k of Object.keys(d) as (keyof MapView)[]) {
    if (view[k] !== d[k] && !(k === "breaks" && view.method !== "MANUAL")) params.set(k, String(view[k]));
  }
  return params.toString();
}
