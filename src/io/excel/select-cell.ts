import type { ExcelRun } from "./excel-run";

/** Shows the user a cell a message is about: its sheet activated, the cell selected. */
export async function selectCell(run: ExcelRun, sheet: string, cell: string): Promise<void> {
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell).select();
    await context.sync();
  });
}
