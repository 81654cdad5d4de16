import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { promisify } from "node:util";
import JSZip from "jszip";

const run = promisify(execFile);

/** Every sheet's displayed values, as LibreOffice shows them (sv-SE). */
const CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1";

/** A throwaway profile whose locale is Swedish, whatever locales the machine has installed. */
function swedishProfile(): string {
  const profile = mkdtempSync(join(tmpdir(), "budgetrapport-lo-profile-"));
  mkdirSync(join(profile, "user"));
  const prop = (name: string): string =>
    `<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="${name}" oor:op="fuse"><value>sv-SE</value></prop></item>`;
  writeFileSync(
    join(profile, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${prop("ooSetupSystemLocale")}${prop("ooLocale")}</oor:items>\n`,
  );
  return profile;
}

/**
 * Runs LibreOffice headless with a throwaway Swedish profile; returns the output folder. The process
 * runs in C.UTF-8 so that sheet names with å, ä and ö survive as file names.
 */
export async function convertWithLibreOffice(file: string, filter: string): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), "budgetrapport-lo-"));
  const profile = swedishProfile();
  try {
    await convert(profile, file, filter, out);
  } finally {
    // Half a megabyte per run: a test run would otherwise leave hundreds behind.
    rmSync(profile, { recursive: true, force: true });
  }
  return out;
}

async function convert(profile: string, file: string, filter: string, out: string): Promise<void> {
  await run(
    "soffice",
    [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", filter, "--outdir", out, file],
    {
      env: { ...process.env, LANG: "C.UTF-8", LC_ALL: "C.UTF-8" },
      timeout: 180_000,
    },
  );
}

/** Sheet name → rows of displayed cell texts. */
export async function displayedValues(file: string): Promise<Map<string, string[][]>> {
  const dir = await convertWithLibreOffice(file, CSV_ALL_SHEETS);
  const stem = basename(file).replace(/\.xlsx$/, "");
  const sheets = new Map<string, string[][]>();
  for (const name of readdirSync(dir)) {
    if (!name.endsWith(".csv")) continue;
    const sheet = name.slice(stem.length + 1, -".csv".length);
    sheets.set(sheet, parseCsv(readFileSync(join(dir, name), "utf8")));
  }
  return sheets;
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else if (ch !== "\r") cell += ch;
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/**
 * A copy of an .xlsx with the cached value of every formula removed: LibreOffice trusts cached values,
 * so only without them does it compute each formula itself.
 */
export async function withoutCachedFormulaValues(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    const xml = await zip.file(name)?.async("string");
    if (xml === undefined) continue;
    zip.file(
      name,
      xml
        .replace(/(<c [^>]*>)(<f[^>]*>[^<]*<\/f>|<f[^>]*\/>)<v>[^<]*<\/v>/g, "$1$2")
        .replace(/(<c [^>]*?) t="(str|n|e|b)"([^>]*>)(<f)/g, "$1$3$4"),
    );
  }
  const out = join(mkdtempSync(join(tmpdir(), "budgetrapport-nocache-")), basename(file));
  writeFileSync(out, await zip.generateAsync({ type: "nodebuffer" }));
  return out;
}

/** Renders an .xlsx or a .docx to PDF with LibreOffice, then each page to a PNG; returns the PNG paths in page order. */
export async function renderToPngs(file: string, resolution = 80): Promise<string[]> {
  const dir = await convertWithLibreOffice(file, "pdf");
  const pdf = join(dir, `${basename(file).replace(/\.(xlsx|docx)$/, "")}.pdf`);
  await run("pdftoppm", ["-png", "-r", String(resolution), pdf, join(dir, "page")], { timeout: 120_000 });
  return readdirSync(dir)
    .filter((n) => /^page-\d+\.png$/.test(n))
    .sort()
    .map((n) => join(dir, n));
}
