import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { EngineResult } from "../../../src/core/engine";
import { runEngine } from "../../../src/core/engine";
import type { ReportLayout, ReportSheet } from "../../../src/core/report/layout";
import { layoutReport } from "../../../src/core/report/layout-report";
import type { ReportUnit, SignConvention } from "../../../src/core/settings/settings";
import { readGridFile } from "../../../src/io/xlsx/read-grid";
import { linkopingMonths } from "./comparison-results";
import { GENERATED_AT } from "./report-builder";

/**
 * Every text the report writes, read as a reader would: the slips found by reading the sheets aloud
 * must not come back, on the Lomma example and on corpus workbooks, in both units and both signs.
 */
const FIXTURES = join(__dirname, "..", "..", "fixtures");
const CORPUS = join(FIXTURES, "corpus");
/** The bundled example: Lomma's figures with investments. */
const EXAMPLE = join(__dirname, "..", "..", "..", "assets", "exempel-socialnamnden-2024-04.xlsx");
const WORKBOOKS = [
  EXAMPLE,
  join(FIXTURES, "lomma-2024-04.xlsx"),
  ...readdirSync(CORPUS)
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .slice(0, 6)
    .map((f) => join(CORPUS, f)),
];
const UNITS: ReportUnit[] = ["tkr", "mkr"];
const SIGNS: SignConvention[] = ["netCostPositive", "incomePositive"];

/** The slips, each a pattern no generated text may contain. */
const SLIPS: [string, RegExp][] = [
  ["a number directly followed by %", /\d%/],
  [
    '"förklarade" after an amount (an amount is singular: "förklarat")',
    /(mnkr|tkr) (är |var )?(ännu )?inte förklarade/,
  ],
  ["a double space", / {2}/],
  ["a space before punctuation", / [.,;:)]/],
  ["a hyphen as minus (the report writes U+2212)", /(^|[\s(;])-\d/],
  ['"mkr" in text (the report writes "mnkr")', /\bmkr\b/],
];

/** Amounts and headers that name a unit: "1,9 mnkr", "(tkr)", "Belopp, tkr". */
const UNIT_MENTION = /(?:\d|\() ?(tkr|mnkr)\b|, (tkr|mnkr)\b/g;

type Text = { sheet: string; where: string; text: string; prose?: boolean };

function textsOf(layout: ReportLayout): Text[] {
  const texts: Text[] = [];
  for (const sheet of layout.sheets) {
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell?.kind === "text")
          texts.push({
            sheet: sheet.name,
            where: `rad ${r + 1}, kolumn ${c + 1}`,
            text: cell.text,
            prose:
              cell.style === "paragraph" || ((cell.style === "note" || cell.style === "noteWrap") && r < 5),
          });
      }),
    );
    for (const chart of sheet.charts ?? []) {
      texts.push({ sheet: sheet.name, where: "diagrammets rubrik", text: chart.title });
      for (const s of chart.series)
        texts.push({ sheet: sheet.name, where: "diagrammets serie", text: s.name });
    }
  }
  return texts;
}

/** The unit a sheet's subtitle states ("Belopp i tkr."). */
function statedUnit(sheet: ReportSheet): string {
  const cell = sheet.rows[1]?.[0];
  const unit = cell?.kind === "text" ? /Belopp i (tkr|mnkr)\./.exec(cell.text)?.[1] : undefined;
  if (!unit) throw new Error(`${sheet.name} states no unit in its subtitle`);
  return unit;
}

/** The explanations are the user's own wording, copied as written; only what the product writes is held here. */
function userTexts(result: EngineResult): Set<string> {
  return new Set(result.explanations.flatMap((e) => [e.text, `${e.level || "(ingen nivå)"}: ${e.text}`]));
}

async function layoutsOf(file: string): Promise<[string, ReportLayout, Set<string>][]> {
  const grid = await readGridFile(file);
  const out: [string, ReportLayout, Set<string>][] = [];
  for (const reportUnit of UNITS)
    for (const reportSign of SIGNS) {
      const run = runEngine({ workbook: grid, settings: { reportUnit, reportSign } });
      if (!run.result) throw new Error(`${file} gives no result`);
      const layout = layoutReport({ result: run.result, generatedAt: GENERATED_AT });
      out.push([`${reportUnit}, ${reportSign}`, layout, userTexts(run.result)]);
    }
  return out;
}

/** The known slips in a layout's texts, each saying where. */
function slipsOf(variant: string, layout: ReportLayout, user: Set<string>): string[] {
  const slips: string[] = [];
  for (const t of textsOf(layout)) {
    if (user.has(t.text)) continue;
    for (const [what, pattern] of SLIPS)
      if (pattern.test(t.text)) slips.push(`${variant}: ${t.sheet} ${t.where}: ${what}: "${t.text}"`);
    if (t.prose && !t.text.endsWith("."))
      slips.push(`${variant}: ${t.sheet} ${t.where}: a sentence without its full stop: "${t.text}"`);
  }
  for (const sheet of layout.sheets) {
    const unit = statedUnit(sheet);
    for (const t of textsOf({ ...layout, sheets: [sheet] }))
      for (const m of t.text.matchAll(UNIT_MENTION)) {
        const named = m[1] ?? m[2];
        // A chart names its own unit: the figures it draws are the tables', in the report's unit.
        const expected = t.where.startsWith("diagram") ? (variant.startsWith("tkr") ? "tkr" : "mnkr") : unit;
        if (named !== expected)
          slips.push(`${variant}: ${sheet.name} ${t.where}: ${named} under "Belopp i ${unit}": "${t.text}"`);
      }
    for (const row of sheet.rows)
      for (const cell of row)
        if (cell && cell.kind !== "text" && cell.format.includes("%") && !cell.format.includes(" %"))
          slips.push(`${variant}: ${sheet.name}: per cent shown without a space: "${cell.format}"`);
  }
  // Investments are shown as positive expenditure: the subtitle must not state the report's sign.
  const investments = layout.sheets.find((sh) => sh.name === "Investeringsredovisning");
  const subtitle = investments?.rows[1]?.[0];
  if (subtitle?.kind === "text" && !subtitle.text.includes("Investeringsutgifter positiva."))
    slips.push(`${variant}: Investeringsredovisning states another sign: "${subtitle.text}"`);
  return slips;
}

describe("every text of the report, read aloud", () => {
  it("covers an investments sheet", async () => {
    const [[, layout]] = (await layoutsOf(EXAMPLE)) as [[string, ReportLayout, Set<string>]];
    expect(layout.sheets.map((s) => s.name)).toContain("Investeringsredovisning");
  });

  it.each(WORKBOOKS.map((f) => [f.split("/").slice(-1)[0] ?? f, f]))(
    "%s has none of the known slips",
    async (_, file) => {
      for (const [variant, layout, user] of await layoutsOf(file))
        expect(slipsOf(variant, layout, user)).toEqual([]);
    },
    60_000,
  );

  it("Linköping in August, compared with July's forecast, has none of the known slips", async () => {
    for (const reportUnit of UNITS)
      for (const reportSign of SIGNS) {
        const { august } = await linkopingMonths({ reportUnit, reportSign });
        const layout = layoutReport({ result: august, generatedAt: GENERATED_AT });
        expect(
          layout.sheets[0]?.rows.some((r) => r[0]?.kind === "text" && r[0].text.includes("efter juli")),
        ).toBe(true);
        expect(slipsOf(`${reportUnit}, ${reportSign}`, layout, userTexts(august))).toEqual([]);
      }
  }, 60_000);
});
