// Builds the fixture corpus in tests/fixtures/corpus/: workbooks in the layout families economists and
// their systems really produce, each with the result a careful economist would compute by hand.
// The expected results come from the true books (truth.mjs) with BigInt öre, never from the engine.
// Run: node scripts/corpus/make-corpus.mjs
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expectedResult } from "./expected.mjs";
import { raindanceExport, unit4Export, vismaExport } from "./exports.mjs";
import { longDates, longYearMonth, longYyyymm } from "./long.mjs";
import { headersNameTheMonth, monthlyBudgetColumns, monthlyBudgetSheets, yymm2020 } from "./monthly.mjs";
import { pivotCompact, pivotOutline, pivotTabular } from "./pivots.mjs";
import { writeWorkbook } from "./write.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const out = join(root, "tests", "fixtures", "corpus");
mkdirSync(out, { recursive: true });

const FAMILIES = [
  raindanceExport,
  unit4Export,
  vismaExport,
  monthlyBudgetSheets,
  monthlyBudgetColumns,
  headersNameTheMonth,
  yymm2020,
  pivotCompact,
  pivotTabular,
  pivotOutline,
  longYyyymm,
  longYearMonth,
  longDates,
];

for (const family of FAMILIES) {
  const fixture = family();
  await writeWorkbook(join(out, `${fixture.name}.xlsx`), fixture.sheets);
  const expected = { about: fixture.about, ...expectedResult(fixture.books, fixture.expected) };
  writeFileSync(join(out, `${fixture.name}.expected.json`), `${JSON.stringify(expected, null, 2)}\n`);
  console.log(`tests/fixtures/corpus/${fixture.name}.xlsx`);
}
