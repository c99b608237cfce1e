/** A label in the two languages of the product. */
export interface Label {
  vi: string;
  en: string;
}

export type Locale = "vi" | "en";

export type CodeList<K extends string> = Readonly<Record<K, Label>>;

export function keysOf<K extends string>(list: CodeList<K>): K[] {
  return Object.keys(list) as K[];
}
