import type { CellValue } from "../../../src/core/model/grid";
import { buildLevelMapping } from "../../../src/core/read/read-level-mapping";
import type { Row } from "./long-helpers";
import { amountsOf, codes, runLong, sheet } from "./long-helpers";

const HEADER: Row = ["Nivå", "Ansvar", "Konto", "Period", "Typ", "Belopp"];

function rows(...data: Row[]): Row[] {
  return [HEADER, ...data];
}

/** Budget 100 kr a month of 2024 for one level and account. */
function budget(level: string, konto: CellValue, amount = 100): Row[] {
  return Array.from({ length: 12 }, (_, i) => [level, "7110", konto, 202401 + i, "Budget", amount]);
}

describe("readLongLedgerSheet: each row adds to the figures its kind and month decide", () => {
  it("budget months make the annual budget and, through the period, the period's; outcome through the period", () => {
    const run = runLong(
      sheet(
        rows(
          ...budget("HVO", 5110),
          ["HVO", "7110", 5110, 202401, "Utfall", 90],
          ["HVO", "7110", 5110, 202402, "Utfall", 95.5],
          ["HVO", "7110", 5110, 202403, "Utfall", 101],
          ["HVO", "7110", 5110, 202403, "Prognos", 1250],
        ),
      ),
    );
    expect(run.issues).toEqual([]);
    expect(run.period).toEqual({ year: 2024, month: 3 });
    expect(amountsOf(run, "HVO")).toEqual(["1200", "300", "286.5", "1250"]);
  });

  it("only the chosen forecast version, the period's year and known kinds are counted", () => {
    const run = runLong(
      sheet(
        rows(
          ...budget("HVO", 5110),
          ["HVO", "7110", 5110, 202301, "Budget", 5000],
          ["HVO", "7110", 5110, 202312, "Utfall", 7000],
          ["HVO", "7110", 5110, 202402, "Utfall", 200],
          ["HVO", "7110", 5110, 202402, "Kalkyl", 3000],
          ["HVO", "7110", 5110, 202401, "Prognos 1", 1100],
          ["HVO", "7110", 5110, 202402, "Prognos 2", 1300],
        ),
      ),
    );
    expect(codes(run.issues)).toEqual(["long-kind-unknown"]);
    expect(amountsOf(run, "HVO")).toEqual(["1200", "200", "200", "1300"]);
  });

  it("a period set before the data's last month counts outcome and budget through it only", () => {
    const outcome: Row[] = [1, 2, 3, 4].map((m) => ["HVO", "7110", 5110, 202400 + m, "Utfall", 10]);
    const run = runLong(sheet(rows(...budget("HVO", 5110), ...outcome)), {
      period: { year: 2024, month: 2 },
    });
    expect(amountsOf(run, "HVO")).toEqual(["1200", "200", "20", "1200"]);
  });

  it("subtotal rows are skipped, whichever label column says so", () => {
    const run = runLong(
      sheet(
        rows(
          ...budget("HVO", 5110),
          ["HVO", "Summa ansvar 7110", null, 202412, "Budget", 1200],
          ["Summa HVO", null, null, 202412, "Budget", 1200],
          ["Totalt", null, null, null, null, 2400],
          ["HVO", "7110", 5110, 202401, "Utfall", 90],
        ),
      ),
    );
    expect(run.issues).toEqual([]);
    expect(amountsOf(run, "HVO")).toEqual(["1200", "100", "90", "1200"]);
  });

  it("reads amounts in the sheet's unit, text amounts included", () => {
    const run = runLong(
      sheet([
        ["Nivå", "Konto", "Period", "Typ", "Belopp (tkr)"],
        ["HVO", 5110, "2024-01", "Budget", "1 200,5"],
        ["HVO", 5110, "2024-01", "Utfall", 0.001],
      ]),
    );
    expect(run.issues.filter((i) => i.code !== "long-budget-months-missing")).toEqual([]);
    expect(amountsOf(run, "HVO")).toEqual(["1200500", "1200500", "1", "1200500"]);
  });

  it("an unreadable amount is an error naming its cell, and its row adds nothing", () => {
    const run = runLong(
      sheet(
        rows(
          ...budget("HVO", 5110),
          ["HVO", "7110", 5110, 202401, "Utfall", "n/a"],
          ["HVO", "7110", 5110, 202401, "Utfall", 7],
        ),
      ),
    );
    expect(run.issues).toMatchObject([{ severity: "error", code: "amount-not-a-number", cell: "F14" }]);
    expect(amountsOf(run, "HVO")[2]).toBe("7");
  });

  it("a row with an amount and no kind is warned about and not counted", () => {
    const run = runLong(
      sheet(
        rows(
          ...budget("HVO", 5110),
          ["HVO", "7110", 5110, 202401, null, 500],
          ["HVO", "7110", 5110, 202401, "Utfall", 7],
        ),
      ),
    );
    expect(run.issues).toMatchObject([{ severity: "warning", code: "long-kind-missing", cell: "E14" }]);
    expect(amountsOf(run, "HVO")[2]).toBe("7");
  });

  it("a row with an amount and no level is an error naming the cell", () => {
    const run = runLong(sheet(rows(...budget("HVO", 5110), [null, "7110", 5110, 202401, "Utfall", 7])));
    expect(run.issues).toMatchObject([{ severity: "error", code: "level-missing", cell: "A14" }]);
  });

  it("the level comes from a mapping of a dimension, and unmapped keys are errors", () => {
    const mapping = buildLevelMapping("Ansvar", [{ key: "7110", level: "Barn och unga" }], []).mapping;
    const data = [
      ["Ansvar", "Konto", "Månad", "Typ", "Belopp"],
      ["7110", 5110, "2024-01-31", "Budget", 100],
      ["7110", 5110, "2024-01-31", "Utfall", 60],
      ["7999", 5110, "2024-01-31", "Utfall", 1],
    ];
    const run = runLong(sheet(data), { mapping });
    expect(codes(run.issues)).toEqual(["long-budget-months-missing", "level-unmapped"]);
    expect(run.issues[1]).toMatchObject({ cell: "A4" });
    expect(amountsOf(run, "Barn och unga")).toEqual(["100", "100", "60", "100"]);
  });

  it("income positive data (income +, costs −) is read in the net-cost sign, by the accounts' votes", () => {
    const run = runLong(
      sheet(
        rows(
          ...budget("HVO", 5110, -100),
          ...budget("HVO", 3010, 20),
          ["HVO", "7110", 5110, 202401, "Utfall", -90],
          ["HVO", "7110", 3010, 202401, "Utfall", 25],
        ),
      ),
    );
    expect(run.sign).toBe("incomePositive");
    expect(amountsOf(run, "HVO")).toEqual(["960", "80", "65", "960"]);
  });

  it("adds every counted amount to the proof of exactness, and nothing else", () => {
    const run = runLong(
      sheet(
        rows(
          ...budget("HVO", 5110),
          ["HVO", "7110", 5110, 202401, "Utfall", -90],
          ["HVO", "7110", 5110, 202302, "Utfall", 1e6],
        ),
      ),
    );
    // 12 budget months of 100 kr and one outcome of 90 kr, in öre; last year's million is not read (its
    // January is missing, so no comparison with last year is made)
    expect(run.ctx.totals.magnitude).toBe(12 * 100_00 + 90_00);
  });
});
