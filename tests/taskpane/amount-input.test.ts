import fc from "fast-check";
import type { Money, Unit } from "../../src/core/money";
import { readAmount } from "../../src/core/values/parse-amount";
import { cellAmount } from "../../src/io/excel/edit-explanations";
import { amountProblemText, formatAmountInput, parseAmountInput } from "../../src/taskpane/amount-input";

const UNITS: Unit[] = ["kr", "tkr", "mkr"];

/** The explanation form's amount, typed; what the form then shows; what the sheet gets; what the engine reads. */
function roundTrip(typed: string, unit: Unit) {
  const entry = parseAmountInput(typed, unit);
  if (!entry.ok) throw new Error(`${typed} ${unit}: ${entry.problem}`);
  const cell = cellAmount(entry.amount, unit);
  const read = readAmount(cell, unit);
  return { amount: entry.amount, shown: formatAmountInput(entry.amount, unit), cell, read };
}

describe("the explanation form's amount: typed, shown and stored exactly, in the sheet's unit", () => {
  it.each([
    // typed, unit, öre, as the form shows it again, as the cell stores it
    ["2 100,5", "tkr", 210_050_000, "2\u00a0100,5", 2100.5],
    ["2 100,00001", "tkr", 210_000_001, "2\u00a0100,00001", 2100.00001],
    ["-2 100,5", "tkr", -210_050_000, "\u22122\u00a0100,5", -2100.5],
    ["0,01", "kr", 1, "0,01", 0.01],
    ["-0,01", "kr", -1, "\u22120,01", -0.01],
    ["1 234 567,89", "kr", 123_456_789, "1\u00a0234\u00a0567,89", 1234567.89],
    ["1,23456789", "mkr", 123_456_789, "1,23456789", 1.23456789],
    ["\u22120,00000001", "mkr", -1, "\u22120,00000001", -0.00000001],
    ["12 345,6789", "mkr", 1_234_567_890_000, "12\u00a0345,6789", 12345.6789],
    ["-300", "tkr", -30_000_000, "\u2212300", -300],
  ] as const)("%s %s is %i öre, shown again as %j, stored as %d", (typed, unit, ore, shown, cell) => {
    const trip = roundTrip(typed, unit);
    expect(trip.amount).toBe(ore);
    expect(trip.shown).toBe(shown);
    expect(trip.cell).toBe(cell);
    expect(trip.read).toEqual({ ok: true, money: ore, rounded: false });
    // Saved unchanged (only the text edited), the amount is the same: the form shows what it stores.
    expect(roundTrip(trip.shown, unit).amount).toBe(ore);
  });

  it("any amount in any unit goes through the form and the sheet and back to the same öre", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), fc.constantFrom(...UNITS), (ore, unit) => {
        const amount = (ore === 0 ? 0 : ore) as Money;
        const shown = formatAmountInput(amount, unit);
        expect(parseAmountInput(shown, unit)).toEqual({ ok: true, amount });
        expect(readAmount(cellAmount(amount, unit), unit)).toEqual({
          ok: true,
          money: amount,
          rounded: false,
        });
      }),
      { numRuns: 2000 },
    );
  });

  it("refuses a fraction of an öre rather than rounding what was typed, and says how many decimals", () => {
    expect(parseAmountInput("0,005", "kr")).toEqual({ ok: false, problem: "too-many-decimals" });
    expect(parseAmountInput("2 100,000001", "tkr")).toEqual({ ok: false, problem: "too-many-decimals" });
    expect(parseAmountInput("1,234567891", "mkr")).toEqual({ ok: false, problem: "too-many-decimals" });
    expect(parseAmountInput("1,500", "kr")).toEqual({ ok: true, amount: 150 });
    expect(amountProblemText("too-many-decimals", "mkr")).toBe(
      "Ett belopp i mnkr har högst 8 decimaler (hela ören).",
    );
    expect(parseAmountInput("tusen", "tkr")).toEqual({ ok: false, problem: "not-a-number" });
    expect(amountProblemText("not-a-number", "kr")).toMatch(/^Skriv ett belopp i kr/);
    expect(parseAmountInput("999 999 999 999 999", "mkr")).toEqual({ ok: false, problem: "too-large" });
  });
});
