import { readFileSync } from "node:fs";
import { loadXlsx, snapshot, typeRow } from "../../../src/emulator";
import type { EmulatedWorkbook } from "../../../src/emulator";
import type { ProductState } from "../../../src/core/state/product-state";
import { STATE_SHEET, readStateColumn, stateSheetRows } from "../../../src/core/state/product-state";
import { generateFromPane } from "../../../src/taskpane/pane-state";
import type { ExcelPort } from "../../../src/taskpane/workflow";
import { analyseWorkbook } from "../../../src/taskpane/workflow";
import { emulated } from "./emulated-excel";
import { fixturePath, historyOf, typeAugust } from "./linkoping-months";

const at = (port: ExcelPort, now: Date): ExcelPort => ({ ...port, now: () => now });

/** The state as the state sheet holds it now. */
function stateIn(workbook: EmulatedWorkbook): ProductState {
  const read = readStateColumn(snapshot(workbook, STATE_SHEET).map((row) => row[0] ?? null));
  if (!read.state) throw new Error("no state");
  return read.state;
}

/** A co-author's report kept a snapshot of June: the state sheet written as her add-in writes it. */
function colleagueKeepsJune(workbook: EmulatedWorkbook): void {
  const state = stateIn(workbook);
  const july = state.history?.find((s) => s.period === "2023-07");
  if (!july) throw new Error("no July snapshot");
  const june = { ...july, period: "2023-06", generatedAt: "2023-07-12 08:00" };
  const rows = stateSheetRows({ ...state, history: [june, ...(state.history ?? [])] });
  rows.forEach((text, r) => typeRow(workbook, STATE_SHEET, r + 1, [text]));
}

describe("two co-authors keep forecasts at once", () => {
  it("a snapshot a colleague kept after the pane read the workbook, and before it wrote, is not lost", async () => {
    const { emulator, port } = emulated(await loadXlsx(readFileSync(fixturePath("07"))));
    const inJuly = at(port, new Date(2023, 7, 10, 9, 0));
    await generateFromPane(inJuly, await analyseWorkbook(inJuly), () => undefined);
    await typeAugust(emulator.workbook);
    const inAugust = at(port, new Date(2023, 8, 11, 9, 0));
    const august = await analyseWorkbook(inAugust);
    // her write lands just before the pane's write reads the state again
    emulator.secondWriter.before(
      new RegExp(`getItem\\("${STATE_SHEET}"\\)\\.getUsedRangeOrNullObject`),
      colleagueKeepsJune,
    );
    const done = await generateFromPane(inAugust, august, () => undefined);
    expect(done.generation.state).toBe("done");
    expect(emulator.secondWriter.pending).toBe(0);
    expect(historyOf(emulator.workbook).map((s) => s.period)).toEqual(["2023-06", "2023-07", "2023-08"]);
    // the pane goes on from the history as written, the colleague's June in it
    expect(done.analysis.state?.history?.map((s) => s.period)).toEqual(["2023-06", "2023-07", "2023-08"]);
  });
});
