import type { Emulator } from "../../../src/emulator";
import { insertRows, snapshot, sortRows, typeRow } from "../../../src/emulator";
import {
  addExplanationRow,
  changeExplanationRow,
  removeExplanationRow,
} from "../../../src/taskpane/explanation-edits";
import { attempt } from "../../../src/taskpane/pane-state";
import type { Analysis, ExcelPort } from "../../../src/taskpane/workflow";
import { analyseWorkbook } from "../../../src/taskpane/workflow";
import { emulated, exampleWorkbook } from "./emulated-excel";

const LIST = "Förklaringar";

/** The pane has read the example; its first explanation is in row 2 of Förklaringar. */
async function paneOnExample(): Promise<{ emulator: Emulator; port: ExcelPort; analysis: Analysis }> {
  const { emulator, port } = emulated(await exampleWorkbook());
  return { emulator, port, analysis: await analyseWorkbook(port) };
}

function firstExplanation(analysis: Analysis) {
  const e = analysis.output.result?.explanations[0];
  if (!e || e.cell !== "C2") throw new Error("the example's first explanation is in row 2");
  return e;
}

const EDIT = { level: "Hälsa, vård och omsorg", text: "Ny text", amount: -100_000_00 as never };

afterEach(() => jest.restoreAllMocks());

describe("an explanation edit checks the row before it writes, and never overwrites a colleague's change", () => {
  it.each([
    ["edited the row", (wb: Emulator["workbook"]) => typeRow(wb, LIST, 2, [undefined, "Kollegans text"])],
    ["sorted the list", (wb: Emulator["workbook"]) => sortRows(wb, LIST, 1, 1)],
    ["inserted a row above it", (wb: Emulator["workbook"]) => insertRows(wb, LIST, 2)],
  ])(
    "a colleague %s since the pane read it: the change is refused in Swedish, and the sheet is as the colleague left it",
    async (_, colleague) => {
      const { emulator, port, analysis } = await paneOnExample();
      // The pane logs every failure whole for the developer tools; here that is noise.
      jest.spyOn(console, "error").mockImplementation(() => undefined);
      colleague(emulator.workbook);
      const theirs = snapshot(emulator.workbook, LIST, "formulas");
      const changed = await attempt(() =>
        changeExplanationRow(port, analysis, firstExplanation(analysis), EDIT),
      );
      const removed = await attempt(() => removeExplanationRow(port, analysis, firstExplanation(analysis)));
      for (const done of [changed, removed]) {
        expect(done.ok).toBe(false);
        if (done.ok) continue;
        expect(done.failure.message).toMatch(/^Förklaringen har ändrats i arbetsboken sedan den lästes/);
        expect(done.failure.detail).toMatch(/^ExplanationChanged: /);
      }
      expect(snapshot(emulator.workbook, LIST, "formulas")).toEqual(theirs);
    },
  );

  it("a row that still holds what the pane read is changed and cleared", async () => {
    const { emulator, port, analysis } = await paneOnExample();
    const changed = await changeExplanationRow(port, analysis, firstExplanation(analysis), EDIT);
    expect(snapshot(emulator.workbook, LIST)[1]?.[1]).toBe("Ny text");
    const edited = changed.output.result?.explanations.find((e) => e.text === "Ny text");
    if (!edited) throw new Error("the pane shows the edit");
    await removeExplanationRow(port, changed, edited);
    expect(snapshot(emulator.workbook, LIST)[1]).toEqual(["", "", ""]);
  });

  it("the one round trip between the check and the write remains: office.js has no conditional write", async () => {
    const { emulator, port, analysis } = await paneOnExample();
    // Lands after the check's sync, before the write's: not seen, and overwritten (the window the
    // explanation edits document).
    emulator.secondWriter.after(1, (wb) => typeRow(wb, LIST, 2, [undefined, "Kollegans text"]));
    await changeExplanationRow(port, analysis, firstExplanation(analysis), EDIT);
    expect(emulator.secondWriter.pending).toBe(0);
    expect(snapshot(emulator.workbook, LIST)[1]?.[1]).toBe("Ny text");
  });

  it("an explanation added after a colleague's goes below it: the row is found where the content ends, when the add is sent", async () => {
    const { emulator, port, analysis } = await paneOnExample();
    const last = snapshot(emulator.workbook, LIST).length;
    typeRow(emulator.workbook, LIST, last + 1, ["LSS", "Kollegans förklaring", 50]);
    await addExplanationRow(port, analysis, {
      level: "LSS",
      text: "Min förklaring",
      amount: 20_000_00 as never,
    });
    const rows = snapshot(emulator.workbook, LIST);
    expect(rows.slice(-2).map((r) => r[1])).toEqual(["Kollegans förklaring", "Min förklaring"]);
  });
});
