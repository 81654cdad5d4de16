import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Unit } from "../../src/core/money";
import { loadXlsx, snapshot } from "../../src/emulator";
import type { SettingsOverride } from "../../src/core/settings/validate-settings";
import { formatAmountInput, parseAmountInput } from "../../src/taskpane/amount-input";
import {
  addExplanationRow,
  changeExplanationRow,
  explanationsSheetOf,
  explanationsUnit,
} from "../../src/taskpane/explanation-edits";
import type { Analysis, ExcelPort } from "../../src/taskpane/workflow";
import { analyseWorkbook, recompute } from "../../src/taskpane/workflow";
import { tempDir, writeWorkbook } from "../helpers/xlsx";
import { emulated, exampleWorkbook } from "../io/excel/emulated-excel";

/** The example in the pane, its explanations sheet (Förklaringar, amounts in column C) in `unit`. */
async function paneWith(unit: Unit) {
  const { emulator, port } = emulated(await exampleWorkbook());
  const read = await analyseWorkbook(port);
  const sheet = explanationsSheetOf(read);
  if (!sheet) throw new Error("the example has an explanations sheet");
  const choices: SettingsOverride = { sheets: [{ ...sheet, unit }] };
  return { emulator, port, choices, analysis: await recompute(read, choices, port.now()) };
}

/** What the engine reads when the pane reads the workbook again. */
async function reread(port: ExcelPort, choices: SettingsOverride): Promise<Analysis> {
  return recompute(await analyseWorkbook(port), choices, port.now());
}

const find = (analysis: Analysis, text: string) =>
  analysis.output.result?.explanations.find((e) => e.text === text);

describe("an explanation's amount in the pane is the amount the user typed, in every unit", () => {
  it.each([
    ["2 100,5", "tkr", 210_050_000, 2100.5],
    ["-2 100,00001", "tkr", -210_000_001, -2100.00001],
    ["0,01", "kr", 1, 0.01],
    ["-1 234,57", "kr", -123_457, -1234.57],
    ["1,23456789", "mkr", 123_456_789, 1.23456789],
    ["-0,5", "mkr", -50_000_000, -0.5],
  ] as const)(
    "%s %s: added, stored, read back, and kept when only the text is edited",
    async (typed, unit, ore, stored) => {
      const { emulator, port, choices, analysis } = await paneWith(unit);
      expect(explanationsUnit(analysis)).toBe(unit);
      const entry = parseAmountInput(typed, unit);
      if (!entry.ok) throw new Error(entry.problem);

      const added = await addExplanationRow(port, analysis, {
        level: "LSS",
        text: "Udda",
        amount: entry.amount,
      });
      expect(find(added, "Udda")?.amount).toBe(ore);
      const row = snapshot(emulator.workbook, "Förklaringar").find((r) => r[1] === "Udda");
      expect(row).toEqual(["LSS", "Udda", stored]);
      const again = find(await reread(port, choices), "Udda");
      expect(again?.amount).toBe(ore);
      if (!again) return;

      // The edit form opens with the amount as it shows it; the user changes only the text and saves.
      const shown = parseAmountInput(formatAmountInput(again.amount, unit), unit);
      if (!shown.ok) throw new Error(shown.problem);
      const edited = await changeExplanationRow(port, added, again, {
        level: "LSS",
        text: "Ny text",
        amount: shown.amount,
      });
      expect(find(edited, "Ny text")?.amount).toBe(ore);
      expect(find(await reread(port, choices), "Ny text")?.amount).toBe(ore);
    },
  );

  it("a first explanation makes a tkr sheet, and the pane and the workbook agree on its amount", async () => {
    const workbook = await exampleWorkbook();
    workbook.sheets = workbook.sheets.filter((s) => s.name !== "Förklaringar");
    const { port } = emulated(workbook);
    const analysis = await analyseWorkbook(port);
    expect(explanationsUnit(analysis)).toBe("tkr");
    const entry = parseAmountInput("1 400,25", "tkr");
    if (!entry.ok) throw new Error(entry.problem);
    const added = await addExplanationRow(port, analysis, {
      level: "LSS",
      text: "Vakanser",
      amount: entry.amount,
    });
    expect(find(added, "Vakanser")?.amount).toBe(140_025_000);
    expect(find(await analyseWorkbook(port), "Vakanser")?.amount).toBe(140_025_000);
  });
});

describe("the form works in the unit the engine reads the explanations sheet in", () => {
  it("a sheet stating no unit is typed in the unit the engine assumed (a later ledger's tkr), not the first ledger's", async () => {
    const dir = tempDir();
    const path = join(dir, "in.xlsx");
    await writeWorkbook(path, [
      {
        name: "Intäkter",
        rows: [
          ["Anslagsbindningsnivå", "Konto", "Budget 2024", "Utfall jan–apr 2024", "Prognos helår"],
          ["LSS", 3110, -1_200_000, -400_000, -1_200_000],
        ],
      },
      {
        name: "Kostnader",
        rows: [
          ["Belopp i tkr"],
          ["Anslagsbindningsnivå", "Konto", "Budget 2024", "Utfall jan–apr 2024", "Prognos helår"],
          ["LSS", 5010, 12_000, 4_100, 12_500],
        ],
      },
      { name: "Förklaringar", rows: [["Anslagsbindningsnivå", "Förklaring", "Belopp"]] },
    ]);
    const { port } = emulated(await loadXlsx(readFileSync(path)));
    const analysis = await analyseWorkbook(port);
    const engineUnit = analysis.output.sheetUnits?.find((u) => u.sheet === "Förklaringar")?.unit;
    expect(engineUnit).toBe("tkr");
    expect(explanationsUnit(analysis)).toBe("tkr");
    const entry = parseAmountInput("-500", "tkr");
    if (!entry.ok) throw new Error(entry.problem);
    const added = await addExplanationRow(port, analysis, {
      level: "LSS",
      text: "Vikarier",
      amount: entry.amount,
    });
    expect(find(added, "Vikarier")?.amount).toBe(-50_000_000);
    expect(find(await analyseWorkbook(port), "Vikarier")?.amount).toBe(-50_000_000);
  });
});
