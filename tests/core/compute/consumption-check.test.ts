import type { CostTypeResult, LevelResult } from "../../../src/core/compute/compute-result";
import type { OutcomePlace } from "../../../src/core/compute/consumption-check";
import { checkConsumption } from "../../../src/core/compute/consumption-check";
import { NO_COMPARISON } from "../../../src/core/compute/comparison";
import { makeFigures } from "../../../src/core/compute/figures";
import type { Money } from "../../../src/core/money";
import type { Issue } from "../../../src/core/model/issue";

const kr = (amount: number): Money => Math.round(amount * 100) as Money;
const AUGUST = { year: 2024, month: 8 };
const PLACE: OutcomePlace = { sheet: "Huvudbok", cell: "J4", header: "Utfall 202408" };

type Line = [name: string, group: CostTypeResult["group"], annual: number, outcome: number];

function line([name, group, annual, outcome]: Line): CostTypeResult {
  // net-cost sign (costs positive), as computeResult gives them; period budget and forecast do not matter
  return { name, group, ...makeFigures(kr(annual), kr(annual), kr(outcome), kr(annual)), ...NO_COMPARISON };
}

function total(annual: number, outcome: number): LevelResult {
  const f = makeFigures(kr(annual), kr(annual), kr(outcome), kr(annual));
  return {
    name: "Totalt",
    ...f,
    ...NO_COMPARISON,
    explained: 0 as Money,
    unexplained: f.forecastDeviation,
    changeExplained: null,
    changeUnexplained: null,
    periodDeviationPercent: null,
    forecastDeviationPercent: null,
    adjustedPeriodDeviation: f.periodDeviation,
  };
}

function check(period: { year: number; month: number }, lines: Line[], net?: [number, number]): Issue[] {
  const costTypes = lines.map(line);
  const [annual, outcome] =
    net ??
    lines
      .filter(([, group]) => group !== "kommunbidrag")
      .reduce<[number, number]>(([a, o], [, , la, lo]) => [a + la, o + lo], [0, 0]);
  return checkConsumption(period, { costTypes, total: total(annual, outcome) }, PLACE);
}

/** A socialnämnd in kronor: cost lines adding up to 669 763 000 kr, and January–August's outcome. */
const JAN_AUG: Line[] = [
  ["Verksamhetens intäkter", "income", -88_000_000, -51_000_000],
  ["Personalkostnader", "cost", 412_600_000, 279_300_000],
  ["Lokalhyror", "cost", 38_400_000, 25_600_000],
  ["Köp av huvudverksamhet", "cost", 152_000_000, 104_800_000],
  ["Övriga kostnader", "cost", 66_763_000, 40_100_000],
  ["Kommunbidrag", "kommunbidrag", -581_763_000, -387_842_000],
];

/** The same ledger with "Utfall 202408" (August alone) read as the period's outcome. */
const AUGUST_ALONE: Line[] = [
  ["Verksamhetens intäkter", "income", -88_000_000, -6_100_000],
  ["Personalkostnader", "cost", 412_600_000, 34_900_000],
  ["Lokalhyror", "cost", 38_400_000, 3_200_000],
  ["Köp av huvudverksamhet", "cost", 152_000_000, 13_100_000],
  ["Övriga kostnader", "cost", 66_763_000, 5_000_000],
  ["Kommunbidrag", "kommunbidrag", -581_763_000, -48_480_250],
];

describe("the förbrukningsgrad safety net", () => {
  it("gives no issue when the costs' outcome is near the share of the year (67 % after August)", () => {
    expect(check(AUGUST, JAN_AUG)).toEqual([]);
  });

  it("warns at the outcome column when it holds August alone instead of January–August", () => {
    const issues = check(AUGUST, AUGUST_ALONE);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      severity: "warning",
      code: "outcome-share-off",
      sheet: "Huvudbok",
      cell: "J4",
    });
    expect(issues[0]?.message).toContain('"Utfall 202408"');
    expect(issues[0]?.message).toContain("8 % av årsbudgeten"); // 56,2 of 669,763 mnkr
    expect(issues[0]?.message).toContain("omkring 67 %");
    expect(issues[0]?.message).toContain("Gäller kolumnen bara en månad?");
  });

  it("warns when the column holds more than the period (last year's whole year read as April's)", () => {
    const issues = check(
      { year: 2024, month: 4 },
      JAN_AUG.map(([n, g, a]) => [n, g, a, a * 0.98] as Line),
    );
    expect(issues.map((i) => i.code)).toEqual(["outcome-share-off"]);
    expect(issues[0]?.message).toContain("98 %");
    expect(issues[0]?.message).toContain("en längre tid än perioden");
  });

  it.each([1, 2])("never warns for a period of %i month(s), whatever the share", (month) => {
    const period = { year: 2024, month };
    expect(
      check(
        period,
        AUGUST_ALONE.map(([n, g, a]) => [n, g, a, 0] as Line),
      ),
    ).toEqual([]);
    expect(
      check(
        period,
        AUGUST_ALONE.map(([n, g, a]) => [n, g, a, a] as Line),
      ),
    ).toEqual([]);
  });

  it("keeps the bounds exactly: 0,5 × 3/12 and 1,5 × 3/12 warn only beyond them, to the öre", () => {
    const march = { year: 2024, month: 3 };
    const one = (outcome: number): Issue[] =>
      check(march, [["Personalkostnader", "cost", 12_000_000, outcome]]);
    expect(one(1_500_000)).toEqual([]); // 12,5 %
    expect(one(1_499_999.99).map((i) => i.code)).toEqual(["outcome-share-off"]);
    expect(one(4_500_000)).toEqual([]); // 37,5 %
    expect(one(4_500_000.01).map((i) => i.code)).toEqual(["outcome-share-off"]);
  });

  it("judges the cost lines together: depreciation booked in December alone is no warning", () => {
    const lumpy: Line[] = [
      ...JAN_AUG.filter(([name]) => name !== "Övriga kostnader"),
      ["Avskrivningar", "cost", 6_763_000, 0], // 0 % after August: a rule per line would warn
      ["Övriga kostnader", "cost", 60_000_000, 40_100_000],
    ];
    expect(check(AUGUST, lumpy)).toEqual([]);
  });

  it("leaves income out: fees booked late in a fee-financed committee are no warning", () => {
    // net cost 69,763 mnkr of 669,763 in costs; with 500 of 600 mnkr in fees not yet booked the net
    // outcome is 500 % of the net budget, while the costs are at 67 %
    const fees: Line[] = [
      ["Verksamhetens intäkter", "income", -600_000_000, -100_000_000],
      ...JAN_AUG.filter(([, group]) => group === "cost"),
    ];
    expect(check(AUGUST, fees)).toEqual([]);
  });

  it("with no cost lines (no account column), judges the levels' net total", () => {
    const unclassified = (outcome: number): Line[] => [
      ["Ej klassificerat", "unclassified", 581_763_000, outcome],
    ];
    expect(check(AUGUST, unclassified(389_000_000))).toEqual([]);
    const issues = check(AUGUST, unclassified(48_500_000));
    expect(issues.map((i) => i.cell)).toEqual(["J4"]);
    expect(issues[0]?.message).toMatch(/^Nettokostnadens utfall/);
  });

  it("reads a negative annual budget the right way round", () => {
    // a net-income committee (net cost −10 mnkr): −6,6 mnkr after August is 66 %, −0,6 mnkr is 6 %
    expect(check(AUGUST, [], [-10_000_000, -6_600_000])).toEqual([]);
    expect(check(AUGUST, [], [-10_000_000, -600_000]).map((i) => i.code)).toEqual(["outcome-share-off"]);
    expect(check(AUGUST, [], [-10_000_000, 600_000]).map((i) => i.code)).toEqual(["outcome-share-off"]);
  });

  it("gives no share, and no warning, without an annual budget", () => {
    expect(check(AUGUST, [["Personalkostnader", "cost", 0, 1_000_000]])).toEqual([]);
  });
});
