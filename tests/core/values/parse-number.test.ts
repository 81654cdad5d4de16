import fc from "fast-check";
import { formatMoney } from "../../../src/core/format";
import type { Money } from "../../../src/core/money";
import { readAmount } from "../../../src/core/values/parse-amount";
import { parseSwedishNumber } from "../../../src/core/values/parse-number";

describe("parseSwedishNumber: numbers typed or pasted as text", () => {
  it.each([
    ["12 345,5", "12345.5"],
    ["12\u00a0345,5", "12345.5"],
    ["1\u202f234\u202f567", "1234567"],
    ["\u22121 234", "-1234"],
    ["\u2212\u00a012\u00a0345,50", "-12345.50"],
    ["-12", "-12"],
    ["+12", "12"],
    ["(1 234)", "-1234"],
    ["( 1 234,5 )", "-1234.5"],
    ["1234.5", "1234.5"],
    ["1234,5", "1234.5"],
    ["0,123456789012345", "0.123456789012345"],
    ["3,14159265358979323846", "3.14159265358979323846"],
    ["007", "7"],
    ["0", "0"],
    ["-0", "0"],
    ["-0,00", "0.00"],
    ["  42  ", "42"],
  ])("%j is the number %s", (text, expected) => {
    expect(parseSwedishNumber(text)).toBe(expected);
  });

  it.each([
    ["12 kr"],
    ["abc"],
    ["1,2,3"],
    ["1.2.3"],
    [""],
    ["   "],
    ["-"],
    ["()"],
    ["12-"],
    ["#N/A"],
    ["=SUM(A1:A3)"],
    ["1e5"],
    ["Summa"],
  ])("%j is not a number", (text) => {
    expect(parseSwedishNumber(text)).toBeUndefined();
  });
});

describe("readAmount: one amount cell to exact öre", () => {
  it("reads Swedish text amounts in kronor to öre", () => {
    expect(readAmount("12 345,5", "kr")).toEqual({ ok: true, money: 1_234_550, rounded: false });
    expect(readAmount("\u22121\u00a0234", "kr")).toEqual({ ok: true, money: -123_400, rounded: false });
    expect(readAmount("(1 234)", "kr")).toEqual({ ok: true, money: -123_400, rounded: false });
    expect(readAmount("1\u202f234,56", "kr")).toEqual({ ok: true, money: 123_456, rounded: false });
  });

  it("treats an empty cell as zero", () => {
    expect(readAmount(null, "kr")).toEqual({ ok: true, money: 0, rounded: false });
    expect(readAmount(undefined, "tkr")).toEqual({ ok: true, money: 0, rounded: false });
    expect(readAmount("  ", "mkr")).toEqual({ ok: true, money: 0, rounded: false });
  });

  it("scales tkr and mkr to öre exactly", () => {
    expect(readAmount(1, "tkr")).toEqual({ ok: true, money: 100_000, rounded: false });
    expect(readAmount(-14.4, "mkr")).toEqual({ ok: true, money: -1_440_000_000, rounded: false });
    expect(readAmount("-1 920", "tkr")).toEqual({ ok: true, money: -192_000_000, rounded: false });
    expect(readAmount("0,00001", "tkr")).toEqual({ ok: true, money: 1, rounded: false });
    expect(readAmount(0.07, "kr")).toEqual({ ok: true, money: 7, rounded: false });
    expect(readAmount(1234.56, "kr")).toEqual({ ok: true, money: 123_456, rounded: false });
  });

  it("takes a formula's floating-point noise as the number Excel shows", () => {
    // =0,1+0,2 is stored as 0.30000000000000004 and shown as 0,3
    expect(readAmount(0.1 + 0.2, "kr")).toEqual({ ok: true, money: 30, rounded: false });
    expect(readAmount(0.1 + 0.2, "tkr")).toEqual({ ok: true, money: 30_000, rounded: false });
    expect(readAmount(0.1 + 0.2, "mkr")).toEqual({ ok: true, money: 30_000_000, rounded: false });
    expect(readAmount(1234.56 + 0.1, "kr")).toEqual({ ok: true, money: 123_466, rounded: false });
    // =0,03+0,005 is stored as 0.034999999999999996 and shown as 0,035: half an öre rounds up
    expect(readAmount(0.03 + 0.005, "kr")).toEqual({ ok: true, money: 4, rounded: true });
  });

  it("rounds fractions of an öre half away from zero and says so", () => {
    expect(readAmount(1.005, "kr")).toEqual({ ok: true, money: 101, rounded: true });
    expect(readAmount(-1.005, "kr")).toEqual({ ok: true, money: -101, rounded: true });
    expect(readAmount("1,005", "kr")).toEqual({ ok: true, money: 101, rounded: true });
    expect(readAmount(1.004, "kr")).toEqual({ ok: true, money: 100, rounded: true });
    expect(readAmount("0,123456789", "tkr")).toEqual({ ok: true, money: 12_346, rounded: true });
    expect(readAmount(1 / 3, "kr")).toEqual({ ok: true, money: 33, rounded: true });
  });

  it("never gives negative zero", () => {
    const r = readAmount(-0, "kr");
    expect(r.ok && Object.is(r.money, 0)).toBe(true);
    const t = readAmount("-0,001", "kr");
    expect(t.ok && Object.is(t.money, 0)).toBe(true);
  });

  it.each([["12 kr"], ["abc"], ["1,2,3"], ["=SUM(A1)"]])("text %j is not an amount", (text) => {
    expect(readAmount(text, "kr")).toEqual({ ok: false, problem: "not-a-number", shown: text });
  });

  it("does not take booleans as amounts", () => {
    expect(readAmount(true, "kr")).toEqual({ ok: false, problem: "not-a-number", shown: "SANT" });
    expect(readAmount(false, "kr")).toEqual({ ok: false, problem: "not-a-number", shown: "FALSKT" });
  });

  it("reports error values as they are shown", () => {
    expect(readAmount({ error: "#N/A" }, "kr")).toEqual({ ok: false, problem: "error-value", shown: "#N/A" });
    expect(readAmount({ error: "#REF!" }, "tkr")).toEqual({
      ok: false,
      problem: "error-value",
      shown: "#REF!",
    });
  });

  it("says NaN is not a number, and that amounts beyond exact öre are too large", () => {
    expect(readAmount(Number.NaN, "kr")).toMatchObject({ ok: false, problem: "not-a-number" });
    expect(readAmount(Number.POSITIVE_INFINITY, "kr")).toMatchObject({ ok: false, problem: "too-large" });
    expect(readAmount(1e300, "kr")).toMatchObject({ ok: false, problem: "too-large" });
    expect(readAmount("9".repeat(40), "kr")).toMatchObject({ ok: false, problem: "too-large" });
    expect(readAmount(1e11, "mkr")).toMatchObject({ ok: false, problem: "too-large" });
  });
});

describe("round trips (property-based)", () => {
  it("any whole number of öre, as the double a sheet stores, reads back exactly", () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 15), max: 10 ** 15 }), (ore) => {
        expect(readAmount(ore / 100, "kr")).toEqual({ ok: true, money: ore === 0 ? 0 : ore, rounded: false });
      }),
      { numRuns: 500 },
    );
  });

  it("any amount written the Swedish way (no-break spaces, true minus) reads back exactly", () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 15), max: 10 ** 15 }), (ore) => {
        const text = formatMoney(ore as Money, "kr", 2);
        expect(readAmount(text, "kr")).toEqual({ ok: true, money: ore === 0 ? 0 : ore, rounded: false });
      }),
      { numRuns: 500 },
    );
  });
});
