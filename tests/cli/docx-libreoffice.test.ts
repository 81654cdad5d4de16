import { join } from "node:path";
import { main } from "../../src/cli/main";
import { displayedValues } from "../helpers/libreoffice";
import { plainFigures, printedText } from "../helpers/pdf-text";
import { captureConsole, tempDir } from "../helpers/xlsx";

const ROOT = join(__dirname, "..", "..");

/** Rows of displayed cells, compared as plain text. */
const plain = (rows: string[][] | undefined): string[][] => (rows ?? []).map((r) => r.map(plainFigures));

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Whether the printed document has a table row with this label and these figures, in this order, at
 * the end of one line. A label too long for its column wraps: its first words stand on the lines
 * above, and the figures (set at the cell's foot) on the last.
 */
function printedRow(lines: readonly string[], label: string, figures: readonly string[]): boolean {
  const tail = new RegExp(`(?:^|\\s{2,})${figures.map(escape).join("\\s+")}\\s*$`);
  return lines.some((line, i) => {
    const found = tail.exec(line);
    if (!found) return false;
    let name = line.slice(0, found.index).trim();
    for (let above = i - 1; above >= Math.max(0, i - 3) && name !== label; above--)
      name = `${lines[above]?.trim() ?? ""} ${name}`.trim();
    return name === label;
  });
}

/** The rows under a sheet's header row (the one whose first cell is `first`), up to the first empty one. */
function bodyUnder(rows: string[][], first: string): { header: string[]; rows: string[][] } {
  const at = rows.findIndex((r) => r[0] === first);
  expect(at).toBeGreaterThan(0);
  const end = rows.findIndex((r, i) => i > at && !r[0]);
  return { header: rows[at] ?? [], rows: rows.slice(at + 1, end < 0 ? undefined : end) };
}

/**
 * The command line's document, opened by LibreOffice and printed to PDF, holds what the report sheets
 * show: each level's figures (the period's and the year's, and the change since the earlier forecast
 * when the report compares), the period's date, and every explanation with its amount. The sheets'
 * figures are LibreOffice's display of the report copy's cells (their number formats), the document's
 * its printout: two renderings that meet only in the result.
 */
describe.each([
  [
    "Lomma (the shared example)",
    join(ROOT, "assets", "exempel-socialnamnden-2024-04.xlsx"),
    "30 april",
    2024,
  ],
  [
    "a Visma export in mkr, text numbers (corpus)",
    join(ROOT, "tests", "fixtures", "corpus", "visma-export-mkr-text.xlsx"),
    "31 augusti",
    2024,
  ],
])("%s: the .docx printed by LibreOffice", (_, workbook, date, year) => {
  let lines: string[];
  let sheets: Map<string, string[][]>;

  beforeAll(async () => {
    const dir = tempDir();
    const docx = join(dir, "tjänsteskrivelse.docx");
    const report = join(dir, "rapport.xlsx");
    const c = captureConsole();
    const code = await main(
      ["generate", workbook, "--out", report, "--docx", docx],
      c,
      new Date(2026, 10, 23, 9),
    );
    expect(c.errors).toEqual([]);
    expect(code).toBe(0);
    const [text, shown] = await Promise.all([printedText(docx), displayedValues(report)]);
    lines = plainFigures(text).split("\n");
    sheets = shown;
  }, 240_000);

  it("is titled by the period's date", () => {
    expect(lines.join(" ").replace(/\s+/g, " ")).toContain(
      `Delårsrapport per den ${date} med prognos för helår ${year}`,
    );
  });

  it("numbers its pages at the foot, Sida 1 (n), as the word processor counts them", () => {
    const pages = lines.join("\n").match(/Sida (\d+) \((\d+)\)/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages[0]).toMatch(/^Sida 1 \(\d+\)$/);
    const count = Number(/\((\d+)\)/.exec(pages[0] ?? "")?.[1]);
    expect(pages).toHaveLength(count);
  });

  it("holds every level's figures as the level sheet shows them", () => {
    const { header, rows } = bodyUnder(plain(sheets.get("Avvikelse per nivå")), "Anslagsbindningsnivå");
    // the comparison, when there is one, is a table of its own: the earlier forecast, its deviation,
    // today's deviation (G) and the change
    const at = (pattern: RegExp): number => header.findIndex((h) => pattern.test(h));
    const compared = [
      at(/^(Prognos efter |Föregående prognos)/),
      at(/^(Avvikelse efter |Föregående avvikelse)/),
      6,
      at(/^Förändring$/),
    ];
    expect(rows.map((r) => r[0]).at(-1)).toBe("Totalt");
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows) {
      const level = row[0] ?? "";
      const figures = [1, 2, 3, 4, 5, 6].map((i) => row[i] ?? "");
      const change = compared[0] === -1 ? undefined : compared.map((i) => row[i] ?? "");
      expect({
        level,
        printed: printedRow(lines, level, figures),
        change: change === undefined || printedRow(lines, level, change),
      }).toEqual({ level, printed: true, change: true });
    }
  });

  it("holds every explanation, Ej förklarat and total with its amount, as Viktigaste förklaringar shows them", () => {
    const rows = plain(sheets.get("Viktigaste förklaringar"));
    const at = rows.findIndex((r) => r[0] === "Förklaring");
    const explained = rows.slice(at + 1).filter((r) => r[0] && r[1]);
    expect(explained.length).toBeGreaterThan(3);
    for (const [label = "", amount = ""] of explained)
      expect({ label, printed: printedRow(lines, label, [amount]) }).toEqual({ label, printed: true });
  });
});
