import { createSheet, createWorkbook } from "../../../src/emulator";
import { deleteWorksheet } from "../../../src/io/excel/delete-worksheet";
import { markerLine } from "../../../src/core/model/report-marker";
import type { ReportLayout } from "../../../src/core/report/layout";
import { REPORT_STYLES } from "../../../src/core/report/styles";
import { writeReport } from "../../../src/io/excel/write-report";
import { emulated } from "./emulated-excel";

function twoSheets() {
  return createWorkbook([createSheet("Data"), createSheet("Gömd", { visibility: "VeryHidden" })]);
}

/** A one-sheet report carrying the product's mark, so that the next write replaces it. */
function markedLayout(): ReportLayout {
  const mark = markerLine("bladet Data.", "2024-05-13 09:00");
  return {
    sheets: [
      {
        name: "Rapport",
        rows: [[{ kind: "text", text: mark }]],
        columnWidths: [],
        merges: [],
        freeze: { rows: 0, columns: 0 },
        gridlines: true,
        page: { orientation: "portrait", paperSize: "A4", fitTo: { width: 1, height: 0 } },
      },
    ],
    styles: REPORT_STYLES,
  };
}

describe("deleting a sheet that may be very hidden", () => {
  it("Excel refuses a very hidden sheet's delete; deleteWorksheet makes it visible first and deletes it", async () => {
    const { emulator, port } = emulated(twoSheets());
    await expect(
      port.run(async (context) => {
        context.workbook.worksheets.getItem("Gömd").delete();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    await port.run(async (context) => {
      deleteWorksheet(context.workbook.worksheets.getItem("Gömd"));
      deleteWorksheet(context.workbook.worksheets.add("Tillfällig"));
      await context.sync();
    });
    expect(emulator.workbook.sheets.map((s) => [s.name, s.visibility])).toEqual([["Data", "Visible"]]);
  });

  // write-report.ts deletes the replaced report sheets through deleteWorksheet (report-swap.ts).
  it("regenerating replaces a report sheet that was made very hidden", async () => {
    const { emulator, port } = emulated(twoSheets());
    const write = () =>
      writeReport(port.run, markedLayout(), { capabilities: port.capabilities, ownSheets: ["Rapport"] });
    await write();
    await emulator.run(async (context) => {
      context.workbook.worksheets.getItem("Rapport").visibility = "VeryHidden";
      await context.sync();
    });
    expect((await write()).sheets).toEqual(["Rapport"]);
    expect(emulator.workbook.sheets.filter((s) => s.name.startsWith("Rapport"))).toEqual([
      expect.objectContaining({ name: "Rapport", visibility: "Visible" }),
    ]);
  });
});
