// The register search as a URL (?ma=unit&kv=area&theo=ten&q=…): shareable, and the form
// is a plain GET form, so it works with the keyboard and the browser's back button.
export type SearchBy = "ten" | "cccd" | "ho" | "diachi";

export interface RegisterSearch {
  unit?: string;
  area?: string;
  by: SearchBy;
  text: string;
  sex?: "MALE" | "FEMALE";
  minAge?: number;
  maxAge?: number;
  residence?: "PERMANENT" | "TEMPORARILY_ABSENT" | "TEMPORARY_RESIDENT";
  after?: string;
}

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v.trim() : "");
const CODE = /^[0-9A-Za-z.-]{1,40}$/;
const age = (v: string) => (/^\d{1,3}$/.test(v) ? Number(v) : undefined);

export function parseRegisterSearch(params: Record<string, string | string[] | undefined>): RegisterSearch {
  const by = one(params.theo);
  const sex = one(params.gt);
  const residence = one(params.cu);
  return {
    unit: CODE.test(one(params.ma)) ? one(params.ma) : undefined,
    area: CODE.test(one(params.kv)) ? one(params.kv) : undefined,
    by: by === "cccd" || by === "ho" || by === "diachi" ? by : "ten",
    text: one(params.q).slice(0, 100),
    sex: sex === "MALE" || sex === "FEMALE" ? sex : undefined,
    minAge: age(one(params.tu)),
    maxAge: age(one(params.den)),
    residence: residence === "PERMANENT" || residence === "TEMPORARILY_ABSENT" || residence === "TEMPORARY_RESIDENT" ? residence : undefined,
    after: one(params.sau) || undefined,
  };
}

export function registerSearchHref(s: RegisterSearch): string {
  const entries: [string, string | number | undefined][] = [
    ["ma", s.unit], ["kv", s.area], ["theo", s.by === "ten" ? undefined : s.by], ["q", s.text || undefined],
    ["gt", s.sex], ["tu", s.minAge], ["den", s.maxAge], ["cu", s.residence], ["sau", s.after],
  ];
  const query = new URLSearchParams(entries.filter((e): e is [string, string | number] => e[1] !== undefined).map(([k, v]) => [k, String(v)]));
  return `/so-ho${query.size ? `?${query}` : ""}`;
}
