import { linkSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { captureConsole, smallLedger, tempDir, writeWorkbook } from "../helpers/xlsx";

const NOW = new Date(2026, 10, 23, 9, 30);

/** A folder with the input workbook and a valid (empty) settings file, and what they held. */
async function setUp(): Promise<{ dir: string; input: string; config: string; snapshot: () => string[] }> {
  const dir = tempDir();
  const input = join(dir, "in.xlsx");
  await writeWorkbook(input, [smallLedger()]);
  const config = join(dir, "c.json");
  writeFileSync(config, "{}");
  const before = { input: readFileSync(input), config: readFileSync(config), files: readdirSync(dir).sort() };
  // Anything written, renamed or left behind shows here: the folder's names, and the inputs' bytes.
  const snapshot = (): string[] => [
    ...readdirSync(dir).sort(),
    String(readFileSync(input).equals(before.input)),
    String(readFileSync(config).equals(before.config)),
  ];
  expect(snapshot()).toEqual([...before.files, "true", "true"]);
  return { dir, input, config, snapshot };
}

async function run(args: string[]): Promise<{ code: number; errors: string }> {
  const c = captureConsole();
  const code = await main(args, c, NOW);
  return { code, errors: c.errors.join("\n") };
}

describe("an output that is an input or another output is refused before anything is written", () => {
  it.each([
    ["--json naming the workbook", (d: string) => ["--json", join(d, "in.xlsx")], /--json får inte vara/],
    ["--out naming the workbook", (d: string) => ["--out", join(d, "in.xlsx")], /--out får inte vara/],
    ["--json naming --config", (d: string) => ["--json", join(d, "c.json")], /--json får inte vara/],
    ["--out naming --config", (d: string) => ["--out", join(d, "c.json")], /--out får inte vara/],
    [
      "--json and --out naming one new file",
      (d: string) => ["--out", join(d, "r.xlsx"), "--json", join(d, "sub", "..", "r.xlsx")],
      /--json och --out får inte vara samma fil/,
    ],
  ])("%s: exit 2, the folder and the inputs unchanged", async (_, outputs, message) => {
    const { dir, input, config, snapshot } = await setUp();
    mkdirSync(join(dir, "sub"));
    const before = snapshot();
    const { code, errors } = await run(["generate", input, "--config", config, ...outputs(dir)]);
    expect(code).toBe(2);
    expect(errors).toMatch(message);
    expect(snapshot()).toEqual(before);
  });

  it("follows symbolic links, to the file and to its folder", async () => {
    const { dir, input, snapshot } = await setUp();
    symlinkSync(input, join(dir, "link.json"));
    symlinkSync(dir, join(dir, "same-folder"));
    const before = snapshot();
    const viaFile = await run(["generate", input, "--json", join(dir, "link.json")]);
    expect(viaFile.code).toBe(2);
    const viaFolder = await run(["generate", join(dir, "same-folder", "in.xlsx"), "--json", input]);
    expect(viaFolder.code).toBe(2);
    const twoNewViaFolder = await run([
      "generate",
      input,
      "--json",
      join(dir, "same-folder", "new.xlsx"),
      "--out",
      join(dir, "new.xlsx"),
    ]);
    expect(twoNewViaFolder.code).toBe(2);
    expect(snapshot()).toEqual(before);
  });

  it("compares device and inode: a hard link to the workbook is the workbook", async () => {
    const { dir, input, snapshot } = await setUp();
    linkSync(input, join(dir, "other-name.xlsx"));
    const before = snapshot();
    const { code, errors } = await run(["generate", input, "--out", join(dir, "other-name.xlsx")]);
    expect(code).toBe(2);
    expect(errors).toMatch(/--out får inte vara indatafilen/);
    expect(snapshot()).toEqual(before);
  });

  it("two new outputs whose names differ only in case are one file on Windows and macOS: refused", async () => {
    const { dir, input, snapshot } = await setUp();
    const before = snapshot();
    const { code } = await run([
      "generate",
      input,
      "--out",
      join(dir, "Rapport.xlsx"),
      "--json",
      join(dir, "rapport.XLSX"),
    ]);
    expect(code).toBe(2);
    expect(snapshot()).toEqual(before);
  });

  it("an output that is a folder, or lies under a file, is refused", async () => {
    const { dir, input, snapshot } = await setUp();
    mkdirSync(join(dir, "sub"));
    const before = snapshot();
    const folder = await run(["generate", input, "--json", join(dir, "sub")]);
    expect(folder.code).toBe(2);
    expect(folder.errors).toMatch(/--json är en mapp/);
    const underFile = await run(["generate", input, "--out", join(dir, "in.xlsx", "r.xlsx")]);
    expect(underFile.code).toBe(2);
    expect(underFile.errors).toMatch(/--out: .*in\.xlsx är ingen mapp/);
    expect(snapshot()).toEqual(before);
  });

  it("distinct outputs are written, each in one piece, into a folder made for them", async () => {
    const { dir, input } = await setUp();
    const out = join(dir, "new", "deeper", "r.xlsx");
    const json = join(dir, "new", "r.json");
    const { code } = await run(["generate", input, "--out", out, "--json", json]);
    expect(code).toBe(0);
    expect(readdirSync(join(dir, "new")).sort()).toEqual(["deeper", "r.json"]);
    expect(readdirSync(join(dir, "new", "deeper"))).toEqual(["r.xlsx"]);
    expect(JSON.parse(readFileSync(json, "utf8"))).toMatchObject({ period: "2024-04" });
  });
});
