import { describe, expect, it } from "vitest";
import { EDUCATION_LEVEL } from "@danso/domain";
import { effectOf, type EffectSubject } from "./effect";

const vi = <K extends string>(list: Record<K, { vi: string }>, code: K | null | undefined) => (code ? list[code].vi : "–");
const person = { fullName: "Trần Thị Mai", maritalStatus: "NEVER_MARRIED", education: "PRIMARY", contraception: [{ method: "PILL", validTo: null }] };
const line = (e: Partial<EffectSubject>): EffectSubject => ({ type: "BIRTH", occurredOn: "2026-12-01", payload: {}, household: { code: "10507-01-0001" }, person, ...e });

describe("what a verification will change", () => {
  it("names the newborn and the household for a birth", () => {
    expect(effectOf(line({ payload: { fullName: "Lê Minh Khang", sex: "MALE" }, person: null }), vi)).toEqual([
      { key: "birth", values: { name: "Lê Minh Khang", sex: "Nam", date: "2026-12-01", household: "10507-01-0001" } },
    ]);
  });
  it("shows the current value beside the new one", () => {
    expect(effectOf(line({ type: "MARRIAGE" }), vi)[0]).toEqual({ key: "marital", values: { name: "Trần Thị Mai", from: "Chưa vợ/chồng", to: "Có vợ/chồng" } });
    expect(effectOf(line({ type: "EDUCATION_CHANGE", payload: { to: "LOWER_SECONDARY" } }), vi)[0]!.values).toMatchObject({ from: EDUCATION_LEVEL.PRIMARY.vi, to: EDUCATION_LEVEL.LOWER_SECONDARY.vi });
    expect(effectOf(line({ type: "CONTRACEPTION_CHANGE", payload: { method: "IUD" } }), vi)[0]).toMatchObject({ key: "methodChange", values: { from: "Viên uống tránh thai", to: "Dụng cụ tử cung" } });
    expect(effectOf(line({ type: "CONTRACEPTION_START", payload: { method: "IUD" }, person: { ...person, contraception: [] } }), vi)[0]!.key).toBe("methodStart");
  });
  it("ignores a payload value that is not a known code", () => {
    expect(effectOf(line({ type: "EDUCATION_CHANGE", payload: { to: "<b>" } }), vi)[0]!.values.to).toBe("–");
  });
});
