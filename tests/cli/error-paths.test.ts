// fs.promises is the module "node:fs/promises" itself (an import-star would be a copy): the writer
// looks its functions up on it at each call, so a spy on it is what the writer calls.
import { promises as fsPromises, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import type { ResultJson } from "../../src/core/result-json";
import { STATE_SHEET, stateSheetRows } from "../../src/core/state/product-state";
import * as runOnWorkbookModule from "../../src/core/state/run-on-workbook";
import { captureConsole, smallLedger, tempDir, writeWorkbook } from "../helpers/xlsx";

const NOW = new Date(2026, 10, 23, 9, 30);

async function run(args: string[]): Promise<{ code: number; out: string[]; errors: string }> {
  const c = captureConsole();
  const code = await main(args, c, NOW);
  return { code, out: c.out, errors: c.errors.join("\n") };
}

async function folderWithLedger(): Promise<{ dir: string; input: string }> {
  const dir = tempDir();
  const input = join(dir, "in.xlsx");
  await writeWorkbook(input, [smallLedger()]);
  return { dir, input };
}

const readJson = (path: string): ResultJson => JSON.parse(readFileSync(path, "utf8")) as ResultJson;

afterEach(() => jest.restoreAllMocks());

describe("input that cannot be read: exit 1, the reason said, no report", () => {
  it.each([
    ["not a zip at all", () => Buffer.from("Detta är ingen arbetsbok")],
    ["cut off half way", (good: Buffer) => good.subarray(0, good.length / 2)],
  ])("a corrupt .xlsx (%s)", async (_, corrupt) => {
    const { dir, input } = await folderWithLedger();
    writeFileSync(input, corrupt(readFileSync(input)));
    const { code, errors } = await run([
      "generate",
      input,
      "--out",
      join(dir, "r.xlsx"),
      "--json",
      join(dir, "r.json"),
    ]);
    expect(code).toBe(1);
    expect(errors).toMatch(/^Arbetsboken gick inte att läsa som \.xlsx: /m);
    expect(readdirSync(dir).sort()).toEqual(["in.xlsx", "r.json"]);
    expect(readJson(join(dir, "r.json"))).toMatchObject({
      total: null,
      issues: [expect.objectContaining({ code: "workbook-unreadable", severity: "error" })],
    });
  });

  // Permissions cannot make a file unreadable here: the tests may run as root, who reads anything. A
  // folder given as the workbook fails at the same place, the read itself, with the system's reason.
  it("a workbook that cannot be read (a folder)", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "in.xlsx"));
    const { code, errors } = await run(["generate", join(dir, "in.xlsx"), "--out", join(dir, "r.xlsx")]);
    expect(code).toBe(1);
    expect(errors).toMatch(/^Arbetsboken gick inte att läsa som \.xlsx: .*EISDIR/m);
    expect(readdirSync(dir)).toEqual(["in.xlsx"]);
  });

  it("a malformed --config: no figures computed with settings other than those asked for", async () => {
    const { dir, input } = await folderWithLedger();
    writeFileSync(join(dir, "c.json"), '{ "reportUnit": "mkr", ');
    const args = [
      "--config",
      join(dir, "c.json"),
      "--out",
      join(dir, "r.xlsx"),
      "--json",
      join(dir, "r.json"),
    ];
    const { code, errors } = await run(["generate", input, ...args]);
    expect(code).toBe(1);
    expect(errors).toMatch(/^Inställningsfilen gick inte att läsa som JSON: /m);
    expect(readdirSync(dir).sort()).toEqual(["c.json", "in.xlsx", "r.json"]);
    const json = readJson(join(dir, "r.json"));
    expect(json.total).toBeNull();
    expect(json.levels).toEqual([]);
  });

  it("a saved choice in the workbook that no longer validates: exit 1, and no figures in the JSON", async () => {
    const dir = tempDir();
    const input = join(dir, "in.xlsx");
    const state = stateSheetRows({ version: 1, settings: { reportUnit: "kronor" }, reportSheets: [] });
    await writeWorkbook(input, [smallLedger(), { name: STATE_SHEET, rows: state.map((text) => [text]) }]);
    const { code, errors } = await run(["generate", input, "--json", join(dir, "r.json")]);
    expect(code).toBe(1);
    expect(errors).toMatch(/^Inställningen reportUnit: /m);
    const json = readJson(join(dir, "r.json"));
    expect(json.total).toBeNull();
    expect(json.levels).toEqual([]);
  });
});

describe("a file that cannot be written: exit 70, what was there before kept whole", () => {
  /** The disk fills after half of what is written: the part written stays behind, as on a real disk. */
  function diskFullAfterHalf(): void {
    const realWriteFile = fsPromises.writeFile;
    jest.spyOn(fsPromises, "writeFile").mockImplementation(async (path, data, options) => {
      const bytes = Buffer.from(data as string | Buffer);
      await realWriteFile(path, bytes.subarray(0, bytes.length / 2), options);
      const error = new Error("ENOSPC: no space left on device, write");
      throw Object.assign(error, { code: "ENOSPC", errno: -28, syscall: "write" });
    });
  }

  it.each([
    ["the JSON", "r.json", "--json"],
    ["the report copy", "r.xlsx", "--out"],
  ])("a full disk while writing %s", async (_, name, flag) => {
    const { dir, input } = await folderWithLedger();
    const target = join(dir, name);
    writeFileSync(target, "last month's");
    diskFullAfterHalf();
    const { code, errors } = await run(["generate", input, flag, target]);
    expect(code).toBe(70);
    expect(errors).toContain(`budgetrapport: kunde inte skriva ${target}: disken är full (ENOSPC`);
    expect(errors).not.toMatch(/^Rapporten:/m);
    expect(readFileSync(target, "utf8")).toBe("last month's");
    expect(readdirSync(dir).sort()).toEqual(["in.xlsx", name]);
  });

  it("an unexpected error (a bug) exits 70 with its stack, and nothing is written", async () => {
    const { dir, input } = await folderWithLedger();
    jest.spyOn(runOnWorkbookModule, "runOnWorkbook").mockImplementation(() => {
      throw new Error("a bug in the engine");
    });
    const { code, out, errors } = await run(["generate", input, "--json", join(dir, "r.json")]);
    expect(code).toBe(70);
    expect(errors).toMatch(
      /^budgetrapport: ett oväntat fel inträffade .*\nError: a bug in the engine\n\s+at /,
    );
    expect(out).toEqual([]);
    expect(readdirSync(dir)).toEqual(["in.xlsx"]);
  });

  it("--help lists every exit code", async () => {
    const { code, out } = await run(["--help"]);
    expect(code).toBe(0);
    const usage = out.join("\n");
    const codes = usage.slice(usage.indexOf("Slutkod:"));
    for (const exit of ["0", "1", "2", "70"]) expect(codes).toMatch(new RegExp(`(^|[:,])\\s+${exit} `));
  });
});
