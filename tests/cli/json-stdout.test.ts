import { existsSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import type { ResultJson } from "../../src/core/result-json";
import { captureConsole, smallLedger, tempDir, writeWorkbook } from "../helpers/xlsx";

const NOW = new Date(2026, 10, 23, 9, 30);

describe("--json - (the JSON on standard out)", () => {
  it("standard out is the JSON alone, also with --out and warnings; the messages go to standard error", async () => {
    const dir = tempDir();
    const input = join(dir, "in.xlsx");
    await writeWorkbook(input, [smallLedger()]);
    const out = join(dir, "rapport.xlsx");
    const c = captureConsole();
    // --period against the headers gives a warning: one more human message that must not reach standard out.
    const code = await main(["generate", input, "--json", "-", "--out", out, "--period", "2024-03"], c, NOW);
    expect(code).toBe(0);
    const json = JSON.parse(c.out.join("\n")) as ResultJson;
    expect(json.period).toBe("2024-03");
    expect(existsSync(out)).toBe(true);
    expect(c.errors.join("\n")).toMatch(/^Rapporten: .*rapport\.xlsx/m);
    expect(c.errors.join("\n")).toMatch(/^varning: /m);
  });

  it("with errors in the input, standard out is still the JSON alone, holding the errors", async () => {
    const dir = tempDir();
    const input = join(dir, "in.xlsx");
    const ledger = smallLedger();
    (ledger.rows[5] as unknown[])[5] = "4l0 000";
    await writeWorkbook(input, [ledger]);
    const c = captureConsole();
    const code = await main(["generate", input, "--json", "-", "--out", join(dir, "r.xlsx")], c, NOW);
    expect(code).toBe(1);
    const json = JSON.parse(c.out.join("\n")) as ResultJson;
    expect(json.issues.map((i) => i.cell)).toContain("F6");
    expect(c.errors.join("\n")).toMatch(/Ingen rapport togs fram/);
  });
});
