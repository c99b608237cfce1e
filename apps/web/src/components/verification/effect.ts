// What verifying a submitted line will change in the register, against the record as it
// stands: one line per change, as a message key of "Verification.effect" and its values.
// The API applies the change; this only tells the officer what to expect before they agree.
import { CONTRACEPTIVE_METHOD, EDUCATION_LEVEL, MARITAL_STATUS, SEX, type CodeList } from "@danso/domain";

export interface EffectSubject {
  type: string;
  occurredOn: string;
  payload: Record<string, unknown>;
  household?: { code: string } | null;
  person?: { fullName: string; maritalStatus: string; education: string; contraception: { method: string; validTo?: string | null }[] } | null;
}

export type EffectKey = "birth" | "death" | "moveOut" | "moveIn" | "marital" | "education" | "methodStart" | "methodChange" | "methodStop" | "recorded";

export interface EffectLine {
  key: EffectKey;
  values: Record<string, string>;
}

type Label = <K extends string>(list: CodeList<K>, code: K | null | undefined) => string;

const text = (v: unknown) => (typeof v === "string" ? v : "");

export function effectOf(e: EffectSubject, label: Label): EffectLine[] {
  const p = e.payload;
  const name = e.person?.fullName ?? "";
  const household = e.household?.code ?? "";
  const code = <K extends string>(list: CodeList<K>, v: unknown) => label(list, (typeof v === "string" && v in list ? v : null) as K | null);
  const method = e.person?.contraception.find((c) => !c.validTo)?.method;
  switch (e.type) {
    case "BIRTH":
      return [{ key: "birth", values: { name: text(p.fullName), sex: code(SEX, p.sex), date: e.occurredOn, household } }];
    case "DEATH":
      return [{ key: "death", values: { name, date: e.occurredOn, household } }];
    case "MOVE_OUT":
      return [{ key: "moveOut", values: { name, household, destination: text(p.destinationAddress) || text(p.destinationUnitCode) || (p.abroad ? "—" : "") } }];
    case "MOVE_IN": {
      const newcomer = (p.person as { fullName?: unknown } | null)?.fullName;
      return [{ key: "moveIn", values: { name: name || text(newcomer), household, origin: text(p.originUnitCode) } }];
    }
    case "MARRIAGE":
      return [{ key: "marital", values: { name, from: code(MARITAL_STATUS, e.person?.maritalStatus), to: label(MARITAL_STATUS, "MARRIED") } }];
    case "DIVORCE":
      return [{ key: "marital", values: { name, from: code(MARITAL_STATUS, e.person?.maritalStatus), to: label(MARITAL_STATUS, "DIVORCED") } }];
    case "EDUCATION_CHANGE":
      return [{ key: "education", values: { name, from: code(EDUCATION_LEVEL, e.person?.education), to: code(EDUCATION_LEVEL, p.to) } }];
    case "CONTRACEPTION_START":
    case "CONTRACEPTION_CHANGE":
      return [{ key: method ? "methodChange" : "methodStart", values: { name, from: code(CONTRACEPTIVE_METHOD, method), to: code(CONTRACEPTIVE_METHOD, p.method) } }];
    case "CONTRACEPTION_STOP":
      return [{ key: "methodStop", values: { name, from: code(CONTRACEPTIVE_METHOD, method) } }];
    default:
      return [{ key: "recorded", values: { name: name || household } }];
  }
}
