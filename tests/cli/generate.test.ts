import JSZip from "jszip";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import type { ResultJson } from "../../src/core/result-json";
import {
  captureConsole,
  gridOf,
  readBack,
  smallLedger,
  tempDir,
  valueAt,
  writeWorkbook,
} from "../helpers/xlsx";

const NOW = new Date(2026, 10, 23, 9, 30);

async function run(args: string[]): Promise<{ code: number; out: string[]; errors: string[] }> {
  const c = captureConsole();
  const code = await main(args, c, NOW);
  return { code, out: c.out, errors: c.errors };
}

const readJson = (path: string): ResultJson => JSON.parse(readFileSync(path, "utf8")) as ResultJson;

describe("budgetrapport generate", () => {
  it("computes a small ledger and writes the JSON in kronor with the net-cost sign", async () => {
    const dir = tempDir();
    const input = join(dir, "in.xlsx");
    await writeWorkbook(input, [smallLedger()]);
    const { code } = await run(["generate", input, "--json", join(dir, "r.json")]);
    expect(code).toBe(0);
    const json = readJson(join(dir, "r.json"));
    expect(json.period).toBe("2024-04");
    expect(json.levels.map((l) => [l.name, l.periodDeviation, l.forecastDeviation])).toEqual([
      ["Kultur", "-5000", "-10000"],
      ["Fritid", "-10000", "-20000"],
    ]);
    expect(json.total).toMatchObject({
      annualBudget: "1980000",
      periodBudget: "660000",
      outcome: "675000",
      forecast: "2010000",
    });
    expect(json.settings.committee).toBe("Kultur- och fritidsnämnden");
  });

  it("without --out writes only the JSON", async () => {
    const dir = tempDir();
    const input = join(dir, "in.xlsx");
    await writeWorkbook(input, [smallLedger()]);
    const before = readFileSync(input);
    await run(["generate", input, "--json", join(dir, "r.json")]);
    expect(readdirSync(dir).sort()).toEqual(["in.xlsx", "r.json"]);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it("exits 1 on bad input, prints each error as Sheet!Cell: message, and writes no report", async () => {
    const dir = tempDir();
    const input = join(dir, "in.xlsx");
    const ledger = smallLedger();
    (ledger.rows[5] as unknown[])[5] = "4l0 000";
    (ledger.rows[6] as unknown[])[3] = { error: "#N/A" };
    await writeWorkbook(input, [ledger]);
    const out = join(dir, "out.xlsx");
    const { code, errors } = await run(["generate", input, "--out", out, "--json", join(dir, "r.json")]);
    expect(code).toBe(1);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Underlag!F6: "4l0 000" är inget belopp/),
        expect.stringMatching(/^Underlag!D7: .*#N\/A/),
      ]),
    );
    expect(existsSync(out)).toBe(false);
    const json = readJson(join(dir, "r.json"));
    expect(json.issues.filter((i) => i.severity === "error").map((i) => i.cell)).toEqual(["F6", "D7"]);
    expect(json.total).toBeNull();
  });

  it("refuses --out naming the input file (exit 2) and leaves it as it was", async () => {
    const dir = tempDir();
    const input = join(dir, "in.xlsx");
    await writeWorkbook(input, [smallLedger()]);
    const before = readFileSync(input);
    const { code, errors } = await run(["generate", input, "--out", join(dir, ".", "in.xlsx")]);
    expect(code).toBe(2);
    expect(errors.join("\n")).toMatch(/--out får inte vara indatafilen/);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it.each([
    [["generate"], /ange arbetsboken/],
    [["generate", "x.xlsx", "--period", "april"], /--period ska vara ÅÅÅÅ-MM/],
    [["generate", "x.xlsx", "--colour", "red"], /okänd flagga: --colour/],
    [["generate", "x.xlsx", "--out", "-"], /--out skriver en arbetsbok till en fil/],
    [["generate", "finns-inte.xlsx"], /hittar inte arbetsboken/],
    [["rapportera"], /okänt kommando/],
  ])("usage error %j exits 2", async (args, message) => {
    const { code, errors } = await run(args);
    expect(code).toBe(2);
    expect(errors.join("\n")).toMatch(message);
  });

  it("--period wins over the headers and warns about the contradiction", async () => {
    const dir = tempDir();
    const input = join(dir, "in.xlsx");
    await writeWorkbook(input, [smallLedger()]);
    const { code, errors } = await run([
      "generate",
      input,
      "--period",
      "2024-03",
      "--json",
      join(dir, "r.json"),
    ]);
    expect(code).toBe(0);
    expect(readJson(join(dir, "r.json")).period).toBe("2024-03");
    expect(errors.some((e) => /^varning: Underlag!F4: Perioden 2024-03 används/.test(e))).toBe(true);
  });

  it("an invalid --config is an input error naming the setting", async () => {
    const dir = tempDir();
    const input = join(dir, "in.xlsx");
    await writeWorkbook(input, [smallLedger()]);
    writeFileSync(
      join(dir, "c.json"),
      JSON.stringify({
        reportUnit: "kronor",
        sheets: [{ name: "Underlag", role: "ledger", headerRow: 0, columns: {} }],
      }),
    );
    const { code, errors } = await run(["generate", input, "--config", join(dir, "c.json")]);
    expect(code).toBe(1);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/reportUnit: ska vara "tkr" eller "mkr"/),
        expect.stringMatching(/sheets\[0\]\.headerRow/),
      ]),
    );
  });

  it("--config overrides what is detected: a column named in no known way", async () => {
    const dir = tempDir();
    const input = join(dir, "in.xlsx");
    const ledger = smallLedger();
    (ledger.rows[3] as unknown[])[6] = "Bedömning";
    await writeWorkbook(input, [ledger]);
    const noForecast = await run(["generate", input, "--json", join(dir, "a.json")]);
    expect(noForecast.errors.join("\n")).toMatch(/Hittar ingen prognoskolumn/);
    const config = {
      sheets: [
        {
          name: "Underlag",
          role: "ledger",
          headerRow: 4,
          unit: "kr",
          columns: {
            level: "A",
            account: "B",
            accountName: "C",
            annualBudget: "D",
            periodBudget: "E",
            outcome: "F",
            forecast: "G",
          },
        },
      ],
    };
    writeFileSync(join(dir, "c.json"), JSON.stringify(config));
    const { code } = await run([
      "generate",
      input,
      "--config",
      join(dir, "c.json"),
      "--json",
      join(dir, "b.json"),
    ]);
    expect(code).toBe(0);
    expect(readJson(join(dir, "b.json")).total?.forecastDeviation).toBe("-30000");
  });
});

describe("the report copy", () => {
  it("adds the report sheets, leaves the source sheet cell for cell as it was, and writes user text as text", async () => {
    const dir = tempDir();
    const input = join(dir, "in.xlsx");
    const explanations = {
      name: "Förklaringar",
      rows: [
        ["Anslagsbindningsnivå", "Förklaring", "Belopp, tkr"],
        ["Kultur", '=HYPERLINK("http://example.invalid","klicka")', -10],
        ["Fritid", "+Högre köp av huvudverksamhet", -20],
      ],
    };
    await writeWorkbook(input, [smallLedger(), explanations]);
    const out = join(dir, "rapport.xlsx");
    const { code } = await run(["generate", input, "--out", out]);
    expect(code).toBe(0);
    const before = await readBack(input);
    const after = await readBack(out);
    expect(gridOf(after, "Underlag")).toEqual(gridOf(before, "Underlag"));
    expect(gridOf(after, "Förklaringar")).toEqual(gridOf(before, "Förklaringar"));
    const list = after.getWorksheet("Viktigaste förklaringar");
    const cells: unknown[] = [];
    list?.eachRow((row) => row.eachCell((cell) => cells.push(cell.value)));
    expect(cells).toContain('=HYPERLINK("http://example.invalid","klicka")');
    expect(cells).toContain("+Högre köp av huvudverksamhet");
  });

  it("writes totals and deviations as formulas whose cached values are the exact figures", async () => {
    const dir = tempDir();
    const input = join(dir, "in.xlsx");
    await writeWorkbook(input, [smallLedger()]);
    const out = join(dir, "rapport.xlsx");
    await run(["generate", input, "--out", out]);
    const ws = (await readBack(out)).getWorksheet("Avvikelse per nivå");
    const totalRow = ws?.getColumn(1).values.findIndex((v) => v === "Totalt") ?? -1;
    expect(totalRow).toBeGreaterThan(0);
    const total = ws?.getRow(totalRow);
    expect(total?.getCell(2).value).toMatchObject({
      formula: `SUM(B${totalRow - 2}:B${totalRow - 1})`,
      result: 675,
    });
    expect(total?.getCell(7).value).toMatchObject({ formula: `F${totalRow}-E${totalRow}`, result: -30 });
    expect(valueAt(gridOf(await readBack(out), "Avvikelse per nivå"), `G${totalRow}`)).toBe(-30);
  });

  it("regenerating from its own copy replaces its sheets; a user's sheet with a report name is kept", async () => {
    const dir = tempDir();
    const input = join(dir, "in.xlsx");
    await writeWorkbook(input, [
      smallLedger(),
      { name: "Driftredovisning", rows: [["Mina egna anteckningar"]] },
    ]);
    const first = join(dir, "r1.xlsx");
    const firstRun = await run(["generate", input, "--out", first]);
    expect(firstRun.errors.join("\n")).toMatch(
      /redan ett eget blad "Driftredovisning"; rapportbladet heter "Driftredovisning \(2\)"/,
    );
    const second = join(dir, "r2.xlsx");
    expect((await run(["generate", first, "--out", second])).code).toBe(0);
    const names = (await readBack(second)).worksheets.map((w) => w.name);
    expect(names).toEqual([
      "Underlag",
      "Driftredovisning",
      "Sammanfattning",
      "Avvikelse per nivå",
      "Driftredovisning (2)",
      "Viktigaste förklaringar",
      "Budgetrapport_inställningar",
    ]);
    expect(valueAt(gridOf(await readBack(second), "Driftredovisning"), "A1")).toBe("Mina egna anteckningar");
  });

  it("warns when the copy would lose parts exceljs does not model, but not for its own charts", async () => {
    const dir = tempDir();
    const input = join(dir, "in.xlsx");
    await writeWorkbook(input, [smallLedger()]);
    const zip = await JSZip.loadAsync(readFileSync(input));
    zip.file("customXml/item1.xml", "<root/>");
    writeFileSync(input, await zip.generateAsync({ type: "nodebuffer" }));
    const first = await run(["generate", input, "--out", join(dir, "r1.xlsx")]);
    expect(first.code).toBe(0);
    expect(first.errors.filter((e) => e.includes("exceljs"))).toEqual([
      expect.stringMatching(
        /^varning: Rapportkopian skrivs med exceljs, som inte tar med arbetsbokens anpassade XML-delar\./,
      ),
    ]);
    const again = await run(["generate", join(dir, "r1.xlsx"), "--out", join(dir, "r2.xlsx")]);
    expect(again.errors.filter((e) => e.includes("exceljs"))).toEqual([]);
  });
});
