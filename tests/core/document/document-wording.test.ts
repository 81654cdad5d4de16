import { readdirSync } from "node:fs";
import { join } from "node:path";
import { layoutDocument } from "../../../src/core/document/layout-document";
import type { EngineResult } from "../../../src/core/engine";
import type { ReportUnit, SignConvention } from "../../../src/core/settings/settings";
import { readGridFile } from "../../../src/io/xlsx/read-grid";
import { linkopingMonths, resultFrom } from "../report/comparison-results";
import { documentTexts, lommaResult, richLinkoping } from "./document-builder";

/** The slips no text the document writes may have: its own words, figures and captions. */
const SLIPS: [string, RegExp][] = [
  ["undefined", /undefined/],
  ["NaN", /NaN/],
  ["an object's text", /\[object/],
  ["a double space", / {2}/],
  ["a space before punctuation", / [.,;:)]/],
  ["a hyphen as minus (the document writes U+2212)", /(^|[\s(;|])-\d/],
  ["a number directly followed by %", /\d%/],
  ['"mkr" (the document writes "mnkr")', /\bmkr\b/],
  ["a group of thousands without its no-break space", /\d \d{3}\b/],
];

const VARIANTS: [ReportUnit, SignConvention][] = [
  ["tkr", "netCostPositive"],
  ["tkr", "incomePositive"],
  ["mkr", "netCostPositive"],
  ["mkr", "incomePositive"],
];

/** The explanations are the user's own words, copied as written: only what the product writes is held here. */
const userTexts = (r: EngineResult): Set<string> => new Set(r.explanations.map((e) => e.text));

function slipsOf(name: string, result: EngineResult): string[] {
  const layout = layoutDocument({ result, generatedAt: "2024-05-13 09:00" });
  const user = userTexts(result);
  const slips: string[] = [];
  for (const text of documentTexts(layout)) {
    if (user.has(text)) continue;
    for (const [what, pattern] of SLIPS) if (pattern.test(text)) slips.push(`${name}: ${what}: "${text}"`);
  }
  for (const b of layout.blocks)
    if (b.kind === "paragraph" && b.style !== "placeholder" && b.style !== "meta") {
      const text = b.runs.map((r) => r.text).join("");
      if (!text.endsWith(".")) slips.push(`${name}: a paragraph without its full stop: "${text}"`);
    }
  // every caption but the key figures' states the report's unit
  const unit = result.settings.reportUnit === "tkr" ? "(tkr)" : "(mnkr)";
  for (const b of layout.blocks)
    if (b.kind === "table" && !b.caption.endsWith("Nyckeltal") && !b.caption.endsWith(unit))
      slips.push(`${name}: a caption without the unit ${unit}: "${b.caption}"`);
  return slips;
}

describe("every text of the document, read aloud", () => {
  it.each(VARIANTS)(
    "Lomma's example in %s, %s has none of the known slips",
    async (reportUnit, reportSign) => {
      expect(slipsOf("Lomma", await lommaResult({ reportUnit, reportSign }))).toEqual([]);
    },
  );

  it.each(VARIANTS)(
    "Linköping in August in %s, %s has none of the known slips",
    async (reportUnit, reportSign) => {
      expect(slipsOf("Linköping", (await linkopingMonths({ reportUnit, reportSign })).august)).toEqual([]);
      expect(slipsOf("Linköping, explained", await richLinkoping({ reportUnit, reportSign }))).toEqual([]);
    },
  );

  const corpus = join(__dirname, "..", "..", "fixtures", "corpus");
  it.each(
    readdirSync(corpus)
      .filter((f) => f.endsWith(".xlsx"))
      .sort()
      .slice(0, 6),
  )("the corpus workbook %s has none of the known slips", async (file) => {
    const grid = await readGridFile(join(corpus, file));
    for (const [reportUnit, reportSign] of VARIANTS)
      expect(slipsOf(file, resultFrom(grid, undefined, { reportUnit, reportSign }))).toEqual([]);
  });

  it("the scan sees a slip: a hyphen minus and a missing value would be caught", () => {
    const caught = SLIPS.filter(([, p]) => p.test("Avvikelse -4 712 undefined")).map(([w]) => w);
    expect(caught).toEqual(
      expect.arrayContaining(["undefined", "a hyphen as minus (the document writes U+2212)"]),
    );
  });
});
