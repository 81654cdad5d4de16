import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../../src/cli/main";
import { saveXlsx } from "../../../src/emulator";
import { generateReport } from "../../../src/taskpane/workflow";
import { displayedValues } from "../../helpers/libreoffice";
import { captureConsole, tempDir } from "../../helpers/xlsx";
import { EXAMPLE, emulated, exampleWorkbook } from "./emulated-excel";

const REPORT_SHEETS = [
  "Sammanfattning",
  "Avvikelse per nivå",
  "Driftredovisning",
  "Viktigaste förklaringar",
  "Investeringsredovisning",
];

const plain = (rows: string[][] | undefined): string[][] =>
  (rows ?? [])
    .map((r) => r.map((c) => c.replace(/[\u00a0\u202f]/g, " ")))
    .filter((r) => !r[0]?.startsWith("Källa:"));

/**
 * The add-in writes the report through office.js (here the emulator, which computes no formulas), the
 * command line through exceljs: opened in LibreOffice, which computes every formula, both must show the
 * same report, cell for cell.
 */
describe("the add-in's report and the command line's report", () => {
  it("show the same figures in LibreOffice", async () => {
    const dir = tempDir();
    const { emulator, port } = emulated(await exampleWorkbook());
    await generateReport(port, {}, () => undefined);
    const fromAddin = join(dir, "addin.xlsx");
    writeFileSync(fromAddin, await saveXlsx(emulator.workbook));
    const fromCli = join(dir, "cli.xlsx");
    expect(await main(["generate", EXAMPLE, "--out", fromCli], captureConsole(), port.now())).toBe(0);
    const [addin, cli] = await Promise.all([displayedValues(fromAddin), displayedValues(fromCli)]);
    // The emulator computed nothing: these figures are LibreOffice's, from the add-in's formulas.
    expect(
      plain(addin.get("Avvikelse per nivå"))
        .find((r) => r[0] === "Totalt")
        ?.slice(3, 7),
    ).toEqual(["-1 920", "-587 763", "-573 363", "-14 400"]);
    for (const sheet of REPORT_SHEETS) {
      expect({ sheet, rows: plain(addin.get(sheet)) }).toEqual({ sheet, rows: plain(cli.get(sheet)) });
    }
  }, 240_000);
});
