import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { loadXlsx } from "../../../src/emulator";
import { runEngine } from "../../../src/core/engine";
import { toResultJson } from "../../../src/core/result-json";
import { readGridFile } from "../../../src/io/xlsx/read-grid";
import { analyseWorkbook } from "../../../src/taskpane/workflow";
import { emulated } from "./emulated-excel";

/**
 * Every corpus workbook read as the pane reads it (office.js, on the emulator) gives the figures the
 * command line gives (the streaming .xlsx reader): the two readers hand the engine the same workbook.
 */
const DIR = join(__dirname, "..", "..", "fixtures", "corpus");
const FIXTURES = readdirSync(DIR).filter((f) => f.endsWith(".xlsx"));

describe("the corpus in the pane and on the command line", () => {
  it.each(FIXTURES)("%s: the same result", async (file) => {
    const path = join(DIR, file);
    const cli = toResultJson(runEngine({ workbook: await readGridFile(path), fallbackYear: 2024 }));
    const { port } = emulated(await loadXlsx(readFileSync(path)));
    const pane = toResultJson((await analyseWorkbook(port)).output);
    expect(pane.period).toBe(cli.period);
    expect(pane.levels).toEqual(cli.levels);
    expect(pane.costTypes).toEqual(cli.costTypes);
    expect(pane.issues.map((i) => i.code)).toEqual(cli.issues.map((i) => i.code));
  });
});
