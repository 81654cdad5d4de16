import Decimal from "decimal.js";
import type { Money } from "../../src/core/money";
import {
  add,
  moneyFromDecimalString,
  moneyFromNumber,
  negate,
  oreToMoney,
  prorate,
  subtract,
  sum,
  toKronorString,
  toUnit,
} from "../../src/core/money";

const m = (ore: number): Money => oreToMoney(ore);

describe("Money: integer öre, exact sums", () => {
  it("adds ten 10-öre amounts to exactly one krona (where 0.1 kr in floats would not)", () => {
    const tenOre = moneyFromNumber(0.1, "kr");
    expect(tenOre).toEqual({ money: 10, rounded: false });
    const amounts = new Array<Money>(10).fill(m(10));
    expect(sum(amounts)).toBe(100);
    expect(toKronorString(sum(amounts))).toBe("1");
  });

  it("sums large budgets to the öre", () => {
    const budgets = [m(66_976_300_000), m(-4_712_000_00), m(1), m(-1), m(99)];
    expect(sum(budgets)).toBe(66_976_300_000 - 471_200_000 + 99);
    expect(sum([])).toBe(0);
  });

  it("adds, subtracts and negates without a negative zero", () => {
    expect(add(m(150), m(-50))).toBe(100);
    expect(subtract(m(100), m(250))).toBe(-150);
    expect(negate(m(150))).toBe(-150);
    expect(Object.is(negate(m(0)), 0)).toBe(true);
  });

  it("refuses a non-integer number of öre as a programming error", () => {
    expect(() => oreToMoney(0.5)).toThrow(RangeError);
    expect(() => oreToMoney(2 ** 53)).toThrow(RangeError);
  });
});

describe("toKronorString: exact kronor for the JSON output", () => {
  it.each([
    [0, "0"],
    [1, "0.01"],
    [-1, "-0.01"],
    [5, "0.05"],
    [50, "0.5"],
    [100, "1"],
    [123_450, "1234.5"],
    [-471_200_000, "-4712000"],
    [-123_456_789, "-1234567.89"],
    [Number.MAX_SAFE_INTEGER, "90071992547409.91"],
    [-Number.MAX_SAFE_INTEGER, "-90071992547409.91"],
    [1e15, "10000000000000"],
  ])("%d öre is %s kr", (ore, text) => {
    expect(toKronorString(m(ore))).toBe(text);
  });

  it("never writes an exponent", () => {
    for (const ore of [1, 10, 1e9, 1e12, 1e15, 9e15]) expect(toKronorString(m(ore))).not.toMatch(/e/i);
  });
});

describe("moneyFromDecimalString", () => {
  it("scales exact decimal strings by unit", () => {
    expect(moneyFromDecimalString("-1234.5", "kr")).toEqual({ money: -123_450, rounded: false });
    expect(moneyFromDecimalString("1234.5", "tkr")).toEqual({ money: 123_450_000, rounded: false });
    expect(moneyFromDecimalString("-14.4", "mkr")).toEqual({ money: -1_440_000_000, rounded: false });
    expect(moneyFromDecimalString("0.005", "kr")).toEqual({ money: 1, rounded: true });
    expect(moneyFromDecimalString("-0.005", "kr")).toEqual({ money: -1, rounded: true });
  });
});

describe("toUnit: what a report shows", () => {
  it("rounds half away from zero", () => {
    expect(toUnit(m(150_000), "tkr", 0).toString()).toBe("2");
    expect(toUnit(m(-150_000), "tkr", 0).toString()).toBe("-2");
    expect(toUnit(m(-1_440_000_000), "mkr", 1).toString()).toBe("-14.4");
    expect(toUnit(m(-1_445_000_000), "mkr", 1).toString()).toBe("-14.5");
    expect(toUnit(m(149_999), "tkr", 0).toString()).toBe("1");
  });
});

describe("prorate: linear periodisation months/12", () => {
  it("gives months/12 of the annual budget, to the öre", () => {
    expect(prorate(m(1_200_000), 4, 12)).toBe(400_000);
    expect(prorate(m(100), 4, 12)).toBe(33);
    expect(prorate(m(200), 4, 12)).toBe(67);
    expect(prorate(m(-200), 4, 12)).toBe(-67);
  });

  it("rounds exact halves away from zero", () => {
    expect(prorate(m(6), 1, 12)).toBe(1); // 0.5
    expect(prorate(m(-6), 1, 12)).toBe(-1);
    expect(prorate(m(18), 1, 12)).toBe(2); // 1.5
    expect(prorate(m(-30), 1, 12)).toBe(-3); // −2.5
  });

  it("keeps the whole year and nothing at month 0, and gives no negative zero", () => {
    expect(prorate(m(123_457), 12, 12)).toBe(123_457);
    expect(prorate(m(-123_457), 12, 12)).toBe(-123_457);
    expect(Object.is(prorate(m(-1), 1, 12), 0)).toBe(true);
    expect(Object.is(prorate(m(-5), 0, 12), 0)).toBe(true);
  });

  it("is exact for amounts near the limit of exact öre", () => {
    const big = m(Number.MAX_SAFE_INTEGER - 6);
    const expected = new Decimal(big).times(7).dividedBy(12).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
    expect(prorate(big, 7, 12)).toBe(expected.toNumber());
  });

  it("matches the Lomma April budget rule: April is 4/12 of the year", () => {
    // Lomma T1 2024: a budget of 669 763 tkr gives 223 254,333… tkr for Jan–Apr
    expect(prorate(m(66_976_300_000), 4, 12)).toBe(22_325_433_333);
  });
});
