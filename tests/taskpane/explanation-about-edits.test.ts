import type { Emulator } from "../../src/emulator";
import { snapshot, typeRow } from "../../src/emulator";
import type { SettingsOverride } from "../../src/core/settings/validate-settings";
import {
  addExplanationRow,
  changeExplanationRow,
  explanationsSheetOf,
  removeExplanationRow,
} from "../../src/taskpane/explanation-edits";
import { attempt } from "../../src/taskpane/pane-state";
import type { Analysis, ExcelPort } from "../../src/taskpane/workflow";
import { analyseWorkbook, recompute } from "../../src/taskpane/workflow";
import { emulated, exampleWorkbook } from "../io/excel/emulated-excel";

const LIST = "Förklaringar";
const HVO = "Hälsa, vård och omsorg";
// 350 tkr in öre
const CHANGE = { level: "LSS", text: "Fler ärenden sedan mars", amount: -35_000_000 as never };

/** The example in the pane: its list Förklaringar has Anslagsbindningsnivå | Förklaring | Belopp, tkr in A–C. */
async function pane(): Promise<{ emulator: Emulator; port: ExcelPort; analysis: Analysis }> {
  const { emulator, port } = emulated(await exampleWorkbook());
  return { emulator, port, analysis: await analyseWorkbook(port) };
}

const find = (analysis: Analysis, text: string) =>
  analysis.output.result?.explanations.find((e) => e.text === text);
const level = (analysis: Analysis, name: string) =>
  analysis.output.result?.levels.find((l) => l.name === name);

describe("an explanation of the forecast change, added in the pane", () => {
  it("adds an Avser column after the header's last column and marks the row Prognosförändring", async () => {
    const { emulator, port, analysis } = await pane();
    const explained = level(analysis, "LSS")?.explained;
    const added = await addExplanationRow(port, analysis, { ...CHANGE, about: "forecastChange" });
    const rows = snapshot(emulator.workbook, LIST);
    expect(rows[0]).toEqual(["Anslagsbindningsnivå", "Förklaring", "Belopp, tkr", "Avser"]);
    expect(rows[rows.length - 1]).toEqual(["LSS", "Fler ärenden sedan mars", -350, "Prognosförändring"]);
    // the rows above keep an empty Avser: they explain the deviation, as before
    expect(rows.slice(1, -1).every((r) => (r[3] ?? "") === "")).toBe(true);
    for (const seen of [added, await analyseWorkbook(port)]) {
      expect(find(seen, "Fler ärenden sedan mars")).toMatchObject({
        about: "forecastChange",
        amount: -35_000_000,
      });
      expect(explanationsSheetOf(seen)?.columns.about).toBe("D");
      // not counted against the deviation
      expect(level(seen, "LSS")?.explained).toBe(explained);
      expect(level(seen, "LSS")?.changeExplained).toBeNull();
    }
  });

  it("never writes over a colleague's column: the Avser column goes after the last used header", async () => {
    const { emulator, port, analysis } = await pane();
    typeRow(emulator.workbook, LIST, 1, [
      "Anslagsbindningsnivå",
      "Förklaring",
      "Belopp, tkr",
      "",
      "Kommentar",
    ]);
    await addExplanationRow(port, analysis, { ...CHANGE, about: "forecastChange" });
    const rows = snapshot(emulator.workbook, LIST);
    expect(rows[0]).toEqual(["Anslagsbindningsnivå", "Förklaring", "Belopp, tkr", "", "Kommentar", "Avser"]);
    expect(rows[rows.length - 1]?.[5]).toBe("Prognosförändring");
    expect(find(await analyseWorkbook(port), "Fler ärenden sedan mars")?.about).toBe("forecastChange");
  });

  it("leaves a sheet without the column as it is for an explanation of the deviation", async () => {
    const { emulator, port, analysis } = await pane();
    await addExplanationRow(port, analysis, { ...CHANGE, about: "deviation" });
    expect(snapshot(emulator.workbook, LIST).every((r) => r.length === 3)).toBe(true);
  });

  it("uses the column once it is there, writing Avvikelse for an explanation of the deviation", async () => {
    const { emulator, port, analysis } = await pane();
    const first = await addExplanationRow(port, analysis, { ...CHANGE, about: "forecastChange" });
    const second = await addExplanationRow(port, first, { ...CHANGE, text: "Vakanser", about: "deviation" });
    const rows = snapshot(emulator.workbook, LIST);
    expect(rows[0]).toEqual(["Anslagsbindningsnivå", "Förklaring", "Belopp, tkr", "Avser"]);
    expect(rows[rows.length - 1]).toEqual(["LSS", "Vakanser", -350, "Avvikelse"]);
    expect(find(second, "Vakanser")?.about).toBe("deviation");
  });

  it("a first explanation in a new sheet makes the sheet with the Avser column", async () => {
    const workbook = await exampleWorkbook();
    workbook.sheets = workbook.sheets.filter((s) => s.name !== LIST);
    const { emulator, port } = emulated(workbook);
    const added = await addExplanationRow(port, await analyseWorkbook(port), {
      ...CHANGE,
      about: "forecastChange",
    });
    expect(snapshot(emulator.workbook, LIST)).toEqual([
      ["Anslagsbindningsnivå", "Förklaring", "Belopp, tkr", "Avser"],
      ["LSS", "Fler ärenden sedan mars", -350, "Prognosförändring"],
    ]);
    expect(find(added, "Fler ärenden sedan mars")?.about).toBe("forecastChange");
  });

  it("follows a sheet the user's choices set out column by column", async () => {
    const { port, analysis: read } = await pane();
    const sheet = explanationsSheetOf(read);
    if (!sheet) throw new Error("the example has an explanations sheet");
    const choices: SettingsOverride = { sheets: [{ ...sheet }] };
    const analysis = await recompute(read, choices, port.now());
    const added = await addExplanationRow(port, analysis, { ...CHANGE, about: "forecastChange" });
    expect(added.choices.sheets?.find((s) => s.name === LIST)).toMatchObject({ columns: { about: "D" } });
    expect(find(added, "Fler ärenden sedan mars")?.about).toBe("forecastChange");
  });
});

describe("an explanation changed to or from the forecast change", () => {
  it("an edit marks the row, adding the column, and clears it with the row when removed", async () => {
    const { emulator, port, analysis } = await pane();
    const first = analysis.output.result?.explanations[0];
    if (!first || first.cell !== "C2") throw new Error("the example's first explanation is in row 2");
    const input = { level: HVO, text: first.text, amount: first.amount, about: "forecastChange" as const };
    const changed = await changeExplanationRow(port, analysis, first, input);
    expect(snapshot(emulator.workbook, LIST)[0]?.[3]).toBe("Avser");
    expect(snapshot(emulator.workbook, LIST)[1]?.[3]).toBe("Prognosförändring");
    const now = find(changed, first.text);
    expect(now?.about).toBe("forecastChange");
    expect(level(changed, HVO)?.explained).toBe((level(analysis, HVO)?.explained ?? 0) - first.amount);
    if (!now) return;
    const back = await changeExplanationRow(port, changed, now, { ...input, about: "deviation" });
    expect(snapshot(emulator.workbook, LIST)[1]?.[3]).toBe("Avvikelse");
    expect(level(back, HVO)?.explained).toBe(level(analysis, HVO)?.explained);
    const again = find(back, first.text);
    if (!again) throw new Error("the pane shows the row");
    await removeExplanationRow(port, back, again);
    expect(snapshot(emulator.workbook, LIST)[1]).toEqual(["", "", "", ""]);
  });

  it("is refused when a colleague changed the row's Avser since the pane read it", async () => {
    const { emulator, port, analysis } = await pane();
    const added = await addExplanationRow(port, analysis, { ...CHANGE, about: "forecastChange" });
    const mine = find(added, "Fler ärenden sedan mars");
    if (!mine) throw new Error("the pane shows the row");
    const row = Number(mine.cell.slice(1));
    typeRow(emulator.workbook, LIST, row, ["LSS", "Fler ärenden sedan mars", -350, "Avvikelse"]);
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    const done = await attempt(() => changeExplanationRow(port, added, mine, { ...CHANGE, text: "Ny text" }));
    jest.restoreAllMocks();
    expect(done.ok).toBe(false);
    expect(snapshot(emulator.workbook, LIST)[row - 1]).toEqual([
      "LSS",
      "Fler ärenden sedan mars",
      -350,
      "Avvikelse",
    ]);
  });
});
