import { attempt } from "../../../src/taskpane/pane-state";
import { officeErrorText } from "../../../src/taskpane/texts";
import { generateReport } from "../../../src/taskpane/workflow";
import { emulated, exampleWorkbook } from "./emulated-excel";

const REPORT_SHEET = "Driftredovisning";

/** Lets every pending promise and timer callback run. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

describe("while the user is typing in a cell", () => {
  it("the report waits until the cell is left, then is written whole", async () => {
    const { emulator, port } = emulated(await exampleWorkbook());
    emulator.enterCellEditMode();
    let finished = false;
    const done = generateReport(port, {}, () => undefined).then((result) => {
      finished = true;
      return result;
    });
    await settle();
    expect(finished).toBe(false);
    expect(emulator.workbook.sheets.map((s) => s.name)).not.toContain(REPORT_SHEET);
    emulator.exitCellEditMode();
    expect((await done).written?.sheets).toContain(REPORT_SHEET);
    expect(emulator.stats.log.some((s) => s.error === "InvalidOperationInCellEditMode")).toBe(false);
  });

  it("in an Excel that does not wait, the pane says to finish the cell first", async () => {
    const { emulator, port } = emulated(await exampleWorkbook());
    // Excel.run without the option: what an Excel that ignores delayForCellEdit does.
    const notWaiting = { ...port, run: ((batch) => emulator.run(batch)) as typeof port.run };
    emulator.enterCellEditMode();
    const outcome = await attempt(() => generateReport(notWaiting, {}, () => undefined));
    expect(outcome).toMatchObject({
      ok: false,
      failure: { message: officeErrorText("InvalidOperationInCellEditMode") },
    });
    expect(officeErrorText("InvalidOperationInCellEditMode")).toMatch(/Enter/);
    expect(emulator.workbook.sheets.map((s) => s.name)).not.toContain(REPORT_SHEET);
  });
});
