import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../../src/cli/main";
import { findSheet, loadXlsx, saveXlsx } from "../../../src/emulator";
import type { ResultJson } from "../../../src/core/result-json";
import { toResultJson } from "../../../src/core/result-json";
import { STATE_SHEET } from "../../../src/core/state/product-state";
import { generateFromPane } from "../../../src/taskpane/pane-state";
import type { ExcelPort } from "../../../src/taskpane/workflow";
import { analyseWorkbook } from "../../../src/taskpane/workflow";
import { captureConsole, readBack, tempDir } from "../../helpers/xlsx";
import { emulated } from "./emulated-excel";
import { comparisonsOf, fixturePath, historyOf, typeAugust } from "./linkoping-months";

const at = (port: ExcelPort, now: Date): ExcelPort => ({ ...port, now: () => now });

/** The command line's result for a workbook, as `generate --json` writes it (and its copy with `--out`). */
async function cli(workbook: string, json: string, now: Date, out?: string): Promise<ResultJson> {
  const c = captureConsole();
  const code = await main(["generate", workbook, "--json", json, ...(out ? ["--out", out] : [])], c, now);
  expect({ code, errors: c.errors }).toEqual({ code: 0, errors: [] });
  return JSON.parse(readFileSync(json, "utf8")) as ResultJson;
}

/** August's figures typed over July's in the ledger of an .xlsx (the copy the economist works on in). */
async function enterAugust(path: string): Promise<void> {
  const target = await readBack(path);
  const august = await readBack(fixturePath("08"));
  const to = target.getWorksheet("Huvudbok");
  august.getWorksheet("Huvudbok")?.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      if (to) to.getCell(r, c).value = cell.value;
    }),
  );
  await target.xlsx.writeFile(path);
}

describe("the command line and the pane compare the same workbook with the same forecast", () => {
  const dir = tempDir();

  it("a workbook the pane wrote July's report in, August typed, saved as .xlsx: the command line gives the pane's comparison", async () => {
    const { emulator, port } = emulated(await loadXlsx(readFileSync(fixturePath("07"))));
    const july = at(port, new Date(2023, 7, 10, 9, 0));
    const done = await generateFromPane(july, await analyseWorkbook(july), () => undefined);
    expect(done.generation.state).toBe("done");
    await typeAugust(emulator.workbook);
    const pane = toResultJson((await analyseWorkbook(at(port, new Date(2023, 8, 11, 9, 0)))).output);

    const saved = join(dir, "fran-tillagget.xlsx");
    writeFileSync(saved, await saveXlsx(emulator.workbook));
    const fromCli = await cli(saved, join(dir, "fran-tillagget.json"), new Date(2023, 8, 11, 9, 0));

    expect(pane.total?.forecastDeviationChange).toBe("-10000000");
    expect(comparisonsOf(fromCli)).toEqual(comparisonsOf(pane));
  });

  it("the command line's July copy, August entered: the pane opening it compares as the command line does, and keeps both snapshots", async () => {
    const input = join(dir, "soc-2023.xlsx");
    const julyCopy = join(dir, "soc-2023-juli.xlsx");
    copyFileSync(fixturePath("07"), input);
    await cli(input, join(dir, "juli.json"), new Date(2023, 7, 10, 9, 0), julyCopy);
    await enterAugust(julyCopy);
    const fromCli = await cli(julyCopy, join(dir, "augusti.json"), new Date(2023, 8, 11, 9, 0));

    const { emulator, port } = emulated(await loadXlsx(readFileSync(julyCopy)));
    const august = at(port, new Date(2023, 8, 11, 9, 0));
    const analysis = await analyseWorkbook(august);
    const pane = toResultJson(analysis.output);
    expect(fromCli.previousPeriod).toBe("2023-07");
    expect(fromCli.total?.forecastDeviationChange).toBe("-10000000");
    expect(comparisonsOf(pane)).toEqual(comparisonsOf(fromCli));

    // the pane's report in that workbook: the command line's July snapshot kept, August's added
    const done = await generateFromPane(august, analysis, () => undefined);
    expect(done.generation.state).toBe("done");
    expect(findSheet(emulator.workbook, STATE_SHEET)?.visibility).toBe("VeryHidden");
    expect(historyOf(emulator.workbook).map((s) => [s.period, s.generatedAt])).toEqual([
      ["2023-07", "2023-08-10 09:00"],
      ["2023-08", "2023-09-11 09:00"],
    ]);
  });
});
