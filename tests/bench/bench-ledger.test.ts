import { floatGroupBy } from "../../scripts/bench/float-baseline";
import {
  ACCOUNTS,
  KOMMUNBIDRAG_ACCOUNT,
  amountOre,
  makeLedger,
  toWorkbookGrid,
} from "../../scripts/bench/ledger";
import { runEngine } from "../../src/core/engine";

describe("the benchmark's ledger (so that it measures the engine's real path)", () => {
  const ledger = makeLedger(5_000);
  const grid = toWorkbookGrid(ledger);
  const output = runEngine({ workbook: grid });

  it("is read with no error, its subtotals agreeing, its sign and Kommunbidrag found", () => {
    expect(output.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(output.issues.map((i) => i.code)).not.toContain("subtotal-mismatch");
    expect(output.issues.map((i) => i.code)).not.toContain("account-unclassified");
    expect(output.settings.inputSign).toBe("incomePositive");
    expect(output.settings.kommunbidragAccounts).toEqual([String(KOMMUNBIDRAG_ACCOUNT)]);
    expect(output.result?.levels).toHaveLength(8);
  });

  it("comes out exact to the öre, in the net-cost sign and without Kommunbidrag", () => {
    const expected = [0, 1, 2, 3].map((f) => {
      let sum = 0;
      for (let i = 0; i < ledger.dataRows; i++) {
        const account = ACCOUNTS[Math.floor(i / 12) % ACCOUNTS.length]?.[0];
        if (account !== KOMMUNBIDRAG_ACCOUNT) sum -= amountOre(i, f);
      }
      return sum;
    });
    const total = output.result?.total;
    expect([total?.annualBudget, total?.periodBudget, total?.outcome, total?.forecast]).toEqual(expected);
  });

  it("is grouped by the floating-point baseline into the same levels", () => {
    const floats = floatGroupBy(grid.sheets[0] ?? { name: "", rows: [] });
    expect(floats.levels).toEqual(output.result?.levels.map((l) => l.name));
  });
});
