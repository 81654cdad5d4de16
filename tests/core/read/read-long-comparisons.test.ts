import { FIELD, amountAt } from "../../../src/core/read/ledger-totals";
import type { Row } from "./long-helpers";
import { codes, runLong, sheet } from "./long-helpers";
import type { LongRun } from "./long-helpers";

const HEADER: Row = ["Nivå", "Konto", "Period", "Typ", "Belopp"];
const LEVELS = ["HVO", "Kultur"] as const;
/** Personalkostnader (a cost, positive) and Verksamhetens intäkter (income, negative): two report lines */
const ACCOUNTS = [
  { account: 5110, line: 1, sign: 1 },
  { account: 3010, line: 0, sign: -1 },
] as const;

/**
 * An amount in öre of its own for every level × account × kind × month, with öre in it, so that a row
 * counted in the wrong figure, twice, or not at all changes a sum.
 */
function ore(level: number, account: number, kind: number, month: number): number {
  const a = ACCOUNTS[account] ?? ACCOUNTS[0];
  return a.sign * (1_000_000_00 * (level + 1) + 10_000_00 * (account + 1) + 100_00 * kind + month * 101 + 7);
}

/** One row per level × account of `kind` for each month of `year` given; `k` makes the amounts. */
function rows(kind: string, k: number, year: number, months: readonly number[], madeIn?: number): Row[] {
  return LEVELS.flatMap((level, l) =>
    ACCOUNTS.flatMap((a, acc) =>
      months.map((m): Row => [level, a.account, year * 100 + m, kind, ore(l, acc, k, madeIn ?? m) / 100]),
    ),
  );
}

const MONTHS = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

const BUDGET = 1;
const OUTCOME = 2;
const JULY_FORECAST = 3;
const AUGUST_FORECAST = 4;

/** Budget 2023, outcome 2023 through August, and the annual forecast made in July and in August. */
const YEAR_2023: Row[] = [
  ...rows("Budget", BUDGET, 2023, MONTHS(1, 12)),
  ...rows("Utfall", OUTCOME, 2023, MONTHS(1, 8)),
  ...rows("Prognos", JULY_FORECAST, 2023, [7]),
  ...rows("Prognos", AUGUST_FORECAST, 2023, [8]),
];

function amount(run: LongRun, level: string, line: number, field: number): number {
  const index = run.ctx.totals.levelIndex.get(level);
  if (index === undefined) throw new Error(`no level ${level}`);
  return amountAt(run.ctx.totals, index, line, field);
}

/** The sum in öre, over `months`, of the amounts `ore` gives. */
function sum(l: number, acc: number, kind: number, months: readonly number[]): number {
  return months.reduce((s, m) => s + ore(l, acc, kind, m), 0);
}

/** Every level × line's value of `field`, as read, beside what it should be. */
function each(run: LongRun, field: number, expected: (l: number, acc: number) => number) {
  const got: number[] = [];
  const want: number[] = [];
  LEVELS.forEach((level, l) =>
    ACCOUNTS.forEach((a, acc) => {
      got.push(amount(run, level, a.line, field));
      want.push(expected(l, acc));
    }),
  );
  return { got, want };
}

describe("readLongLedgerSheet: the comparisons long data holds", () => {
  const lastYear = rows("Utfall", OUTCOME, 2022, MONTHS(1, 12));
  const run = runLong(sheet([HEADER, ...YEAR_2023, ...lastYear]));

  it("reads the sheet for August 2023 with no issue", () => {
    expect(run.period).toEqual({ year: 2023, month: 8 });
    expect(run.issues).toEqual([]);
  });

  it("the forecast is the August version and the previous forecast the July one, to the öre", () => {
    const forecast = each(run, FIELD.forecast, (l, acc) => ore(l, acc, AUGUST_FORECAST, 8));
    expect(forecast.got).toEqual(forecast.want);
    const previous = each(run, FIELD.previousForecast, (l, acc) => ore(l, acc, JULY_FORECAST, 7));
    expect(previous.got).toEqual(previous.want);
  });

  it("last year's outcome: January–August as the same period, all twelve months as the full year", () => {
    const period = each(run, FIELD.lastYearOutcome, (l, acc) => sum(l, acc, OUTCOME, MONTHS(1, 8)));
    expect(period.got).toEqual(period.want);
    const annual = each(run, FIELD.lastYearAnnualOutcome, (l, acc) => sum(l, acc, OUTCOME, MONTHS(1, 12)));
    expect(annual.got).toEqual(annual.want);
  });

  it("leaves the year's own figures as they were: last year's rows are not this year's outcome", () => {
    const outcome = each(run, FIELD.outcome, (l, acc) => sum(l, acc, OUTCOME, MONTHS(1, 8)));
    expect(outcome.got).toEqual(outcome.want);
    const budget = each(run, FIELD.annualBudget, (l, acc) => sum(l, acc, BUDGET, MONTHS(1, 12)));
    expect(budget.got).toEqual(budget.want);
    const periodBudget = each(run, FIELD.periodBudget, (l, acc) => sum(l, acc, BUDGET, MONTHS(1, 8)));
    expect(periodBudget.got).toEqual(periodBudget.want);
  });

  it("the plan says what is there and where it comes from", () => {
    expect(run.planning.previousForecast).toEqual({ month: 7, sheet: "Data", cell: "D82", text: "Prognos" });
    expect(run.planning.lastYear).toEqual({ outcome: true, annualOutcome: true });
  });
});

describe("readLongLedgerSheet: last year's outcome only when its months are there", () => {
  it("January–May 2022 with the period August: neither last year's period nor its full year", () => {
    const run = runLong(sheet([HEADER, ...YEAR_2023, ...rows("Utfall", OUTCOME, 2022, MONTHS(1, 5))]));
    expect(run.planning.lastYear).toEqual({ outcome: false, annualOutcome: false });
    expect(each(run, FIELD.lastYearOutcome, () => 0).got).toEqual([0, 0, 0, 0]);
    expect(each(run, FIELD.lastYearAnnualOutcome, () => 0).got).toEqual([0, 0, 0, 0]);
    // and this year's outcome is untouched
    const outcome = each(run, FIELD.outcome, (l, acc) => sum(l, acc, OUTCOME, MONTHS(1, 8)));
    expect(outcome.got).toEqual(outcome.want);
  });

  it("January–August 2022: the same period last year, and no full year", () => {
    const run = runLong(sheet([HEADER, ...YEAR_2023, ...rows("Utfall", OUTCOME, 2022, MONTHS(1, 8))]));
    expect(run.planning.lastYear).toEqual({ outcome: true, annualOutcome: false });
    const period = each(run, FIELD.lastYearOutcome, (l, acc) => sum(l, acc, OUTCOME, MONTHS(1, 8)));
    expect(period.got).toEqual(period.want);
    expect(each(run, FIELD.lastYearAnnualOutcome, () => 0).got).toEqual([0, 0, 0, 0]);
  });

  it('an outcome value that names last year ("Utfall 2022") counts as last year\'s', () => {
    const run = runLong(sheet([HEADER, ...YEAR_2023, ...rows("Utfall 2022", OUTCOME, 2022, MONTHS(1, 12))]));
    expect(codes(run.issues)).toEqual([]);
    expect(run.planning.lastYear).toEqual({ outcome: true, annualOutcome: true });
    const annual = each(run, FIELD.lastYearAnnualOutcome, (l, acc) => sum(l, acc, OUTCOME, MONTHS(1, 12)));
    expect(annual.got).toEqual(annual.want);
  });
});

describe("readLongLedgerSheet: forecast versions as kind values of their own", () => {
  it('"Prognos augusti" is the forecast, "Prognos juli" the previous one, whatever month their rows are in', () => {
    // each version's annual forecast on a December row: a forecast by month would be summed, so one row
    // per version in a month after the last closed one is read as the version's months (one month here)
    const data = [
      ...rows("Budget", BUDGET, 2023, MONTHS(1, 12)),
      ...rows("Utfall", OUTCOME, 2023, MONTHS(1, 8)),
      ...rows("Prognos juli", JULY_FORECAST, 2023, [12], 7),
      ...rows("Prognos augusti", AUGUST_FORECAST, 2023, [12], 8),
    ];
    const run = runLong(sheet([HEADER, ...data]));
    expect(run.issues).toEqual([]);
    expect(run.planning.previousForecast).toMatchObject({ month: 7, text: "Prognos juli" });
    const forecast = each(run, FIELD.forecast, (l, acc) => ore(l, acc, AUGUST_FORECAST, 8));
    expect(forecast.got).toEqual(forecast.want);
    const previous = each(run, FIELD.previousForecast, (l, acc) => ore(l, acc, JULY_FORECAST, 7));
    expect(previous.got).toEqual(previous.want);
  });

  it("with no earlier version there is no previous forecast", () => {
    const data = YEAR_2023.filter((r) => !(r[3] === "Prognos" && r[2] === 202307));
    const run = runLong(sheet([HEADER, ...data]));
    expect(run.planning.previousForecast).toBeUndefined();
    expect(each(run, FIELD.previousForecast, () => 0).got).toEqual([0, 0, 0, 0]);
  });
});
