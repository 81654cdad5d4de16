import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CellScalar, EmulatedWorkbook } from "../../../src/emulator";
import { createEmulator, createSheet, createWorkbook, lazyCells, loadXlsx } from "../../../src/emulator";
import { readGridFile } from "../../../src/io/xlsx/read-grid";
import { CELLS_PER_SYNC, readWorkbookGrid } from "../../../src/io/excel/read-workbook";
import { analyseWorkbook } from "../../../src/taskpane/workflow";
import { tempDir, writeWorkbook } from "../../helpers/xlsx";
import { emulated } from "./emulated-excel";

const HEADER = ["Anslagsbindningsnivå", "Konto", "Budget 2024", "Utfall jan–apr 2024", "Prognos helår"];

/**
 * A ledger whose cells include what Excel shows as errors: a newer kind of error in an outcome
 * (#PYTHON!, a Python formula that failed), another in a forecast (#EXTERNAL!), and in a budget the
 * text "#N/A" typed as text ('#N/A), which is no error.
 */
async function ledgerWithErrors(): Promise<string> {
  const path = join(tempDir(), "fel.xlsx");
  await writeWorkbook(path, [
    {
      name: "Huvudbok",
      rows: [
        HEADER,
        ["LSS", 5010, 1000, 400, 1000],
        ["LSS", 5010, 1000, { formula: 'PY("x")', result: { error: "#PYTHON!" } } as never, 1000],
        ["LSS", 6410, 1000, 300, { error: "#EXTERNAL!" } as never],
        ["LSS", 6410, "#N/A", 300, 900],
      ],
    },
  ]);
  return path;
}

describe("error values, told by their type (valueTypes), not by a list of their texts", () => {
  it("says a newer error is an error at its cell, and a text that looks like one is a text", async () => {
    const { port } = emulated(await loadXlsx(readFileSync(await ledgerWithErrors())));
    const issues = (await analyseWorkbook(port)).output.issues.map((i) => [i.code, i.cell, i.message]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ["amount-error-value", "D3", expect.stringContaining("felvärdet #PYTHON!")],
        ["amount-error-value", "E4", expect.stringContaining("felvärdet #EXTERNAL!")],
        ["amount-not-a-number", "C5", expect.stringContaining('"#N/A" är inget belopp')],
      ]),
    );
  });

  it("gives the engine the same cells as the command line's reader of the same file", async () => {
    const path = await ledgerWithErrors();
    const emulator = createEmulator(await loadXlsx(readFileSync(path)));
    const pane = await readWorkbookGrid((batch) => emulator.run(batch));
    const cli = await readGridFile(path);
    expect(pane.sheets[0]?.rows.slice(1)).toEqual(cli.sheets[0]?.rows.slice(1));
    expect(pane.sheets[0]?.rows[2]?.[3]).toEqual({ error: "#PYTHON!" });
    expect(pane.sheets[0]?.rows[4]?.[2]).toBe("#N/A");
  });
});

/** A generated ledger of `rows` data rows; `error(r)` puts an error in row r's outcome (column D). */
function generated(rows: number, error: (r: number) => boolean = () => false): EmulatedWorkbook {
  const header: CellScalar[] = HEADER;
  const sheet = createSheet("Huvudbok", {
    cells: lazyCells(rows + 1, 5, (r, c) =>
      r === 0 ? header[c] : (["LSS", 5010, 1200, 410.5, 1250] as const)[c],
    ),
  });
  for (let r = 1; r <= rows; r++)
    if (error(r))
      sheet.cells.set(r, 3, { formula: `=VLOOKUP(A${r + 1},X:Y,2,0)`, value: "#N/A", error: true });
  return createWorkbook([sheet]);
}

async function readStats(wb: EmulatedWorkbook): Promise<{ syncs: number; bytes: number; largest: number }> {
  const emulator = createEmulator(wb);
  await readWorkbookGrid((batch) => emulator.run(batch));
  const bytes = emulator.stats.log.reduce((n, s) => n + s.responseBytes, 0);
  return { syncs: emulator.stats.syncs, bytes, largest: emulator.stats.maxResponseBytes };
}

describe("what telling errors by type costs the read", () => {
  const ROWS = 100_000;
  // 2 syncs (sheets, used ranges) and one per block of whole rows of at most CELLS_PER_SYNC cells
  const blocks = Math.ceil((ROWS + 1) / Math.floor(CELLS_PER_SYNC / 5));

  it("nothing, on a sheet with no text starting with #: no type is read", async () => {
    const plain = await readStats(generated(ROWS));
    expect(plain.syncs).toBe(2 + blocks);
  });

  it("at most one more sync and a fraction more bytes, on a sheet with a column of errors", async () => {
    const plain = await readStats(generated(ROWS));
    // errors in every block, the last row's too
    const errors = await readStats(generated(ROWS, (r) => r % 3 === 0 || r === ROWS));
    // the types ride in the next block's sync: one more, for the last block's
    expect(errors.syncs).toBe(plain.syncs + 1);
    // the types of the one column with errors, at about 11 bytes a cell (["Error"], ["Double"]): not a
    // multiple of the values, whatever the width of the sheet
    expect(errors.bytes - plain.bytes).toBeLessThan(12 * ROWS);
    expect(errors.bytes).toBeLessThan(plain.bytes * 1.5);
    expect(errors.largest).toBeLessThan(5_000_000);
  });

  it("reads the errors where they are, in every block", async () => {
    const emulator = createEmulator(generated(ROWS, (r) => r % 3 === 0));
    const grid = await readWorkbookGrid((batch) => emulator.run(batch));
    const rows = grid.sheets[0]?.rows ?? [];
    expect(rows).toHaveLength(ROWS + 1);
    expect(rows[3]?.[3]).toEqual({ error: "#N/A" });
    expect(rows[ROWS - 1]?.[3]).toEqual({ error: "#N/A" });
    expect(rows[ROWS - 2]?.[3]).toBe(410.5);
  });
});
