import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import type { ResultJson } from "../../src/core/result-json";
import { readProductState } from "../../src/core/state/product-state";
import { workbookToGrid } from "../../src/io/xlsx/read-workbook";
import { captureConsole, readBack, smallLedger, tempDir, writeWorkbook } from "../helpers/xlsx";

const NOW = new Date(2026, 10, 23, 9, 30);

async function run(args: string[]): Promise<number> {
  return main(args, captureConsole(), NOW);
}

async function savedSettings(path: string): Promise<unknown> {
  return readProductState(workbookToGrid(await readBack(path))).state?.settings;
}

describe("the settings saved in the report copy", () => {
  it("are the choices the run computed with: --config over the saved ones, not the detected settings", async () => {
    const dir = tempDir();
    const input = join(dir, "in.xlsx");
    await writeWorkbook(input, [smallLedger()]);
    writeFileSync(join(dir, "a.json"), JSON.stringify({ committee: "Fritidsnämnden" }));
    writeFileSync(join(dir, "b.json"), JSON.stringify({ reportUnit: "mkr" }));
    const first = join(dir, "r1.xlsx");
    expect(await run(["generate", input, "--config", join(dir, "a.json"), "--out", first])).toBe(0);
    expect(await savedSettings(first)).toEqual({ committee: "Fritidsnämnden" });

    const second = join(dir, "r2.xlsx");
    const secondJson = join(dir, "r2.json");
    const args = ["generate", first, "--config", join(dir, "b.json"), "--out", second, "--json", secondJson];
    expect(await run(args)).toBe(0);
    expect(await savedSettings(second)).toEqual({ committee: "Fritidsnämnden", reportUnit: "mkr" });

    // Next month, without --config: the copy computes what the run that made it computed.
    const third = join(dir, "r3.json");
    expect(await run(["generate", second, "--json", third])).toBe(0);
    const computed = (path: string): Partial<ResultJson["settings"]> => {
      const { committee, reportUnit } = (JSON.parse(readFileSync(path, "utf8")) as ResultJson).settings;
      return { committee, reportUnit };
    };
    expect(computed(third)).toEqual(computed(secondJson));
    expect(computed(third)).toEqual({ committee: "Fritidsnämnden", reportUnit: "mkr" });
  });
});
