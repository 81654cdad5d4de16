import type { DocumentLayout, DocumentTable } from "../../../src/core/document/document-layout";
import { layoutDocument } from "../../../src/core/document/layout-document";
import type { EngineResult } from "../../../src/core/engine";
import { COST_TYPE_SHEET } from "../../../src/core/report/cost-type-sheet";
import { INVESTMENTS_SHEET } from "../../../src/core/report/investments-sheet";
import type { ReportCell, ReportSheet } from "../../../src/core/report/layout";
import { layoutReport } from "../../../src/core/report/layout-report";
import { LEVEL_SHEET } from "../../../src/core/report/level-sheet";
import type { ReportUnit, SignConvention } from "../../../src/core/settings/settings";
import { cellAt, rowOf } from "../report/report-builder";
import { lommaResult, richLinkoping, tableByCaption } from "./document-builder";

const GENERATED_AT = "2024-05-13 09:00";

/**
 * What a spreadsheet shows for a cell, worked out apart from the product's own formatting: the cached
 * value at its format's decimals, by the runtime's Swedish number format (U+2212, no-break space), a
 * negative that rounds to zero shown as zero.
 */
function asShown(cell: ReportCell | undefined): string {
  if (cell?.kind !== "number" && cell?.kind !== "formula") return cell?.kind === "text" ? cell.text : "";
  const decimals = /\.(0+)/.exec(cell.format.split(";")[0] ?? "")?.[1]?.length ?? 0;
  const shown = new Intl.NumberFormat("sv-SE", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(cell.value);
  // a negative that rounds to nothing is shown without its sign
  return /^\u22120(,0+)?$/.test(shown) ? shown.slice(1) : shown;
}

function both(result: EngineResult): { doc: DocumentLayout; sheets: ReportSheet[] } {
  const ctx = { result, generatedAt: GENERATED_AT };
  return { doc: layoutDocument(ctx), sheets: layoutReport(ctx).sheets };
}

function sheet(sheets: ReportSheet[], name: string): ReportSheet {
  const found = sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

function table(doc: DocumentLayout, caption: string): DocumentTable {
  const found = tableByCaption(doc, caption);
  if (!found) throw new Error(`no table "${caption}"`);
  return found;
}

/** The document row labelled `label`: its figures. */
function docRow(t: DocumentTable, label: string): string[] {
  const row = t.rows.find((r) => r.cells[0] === label);
  if (!row) throw new Error(`no row "${label}" in ${t.caption}`);
  return row.cells.slice(1);
}

/** The sheet row labelled `label`: what each of `columns` shows. */
function sheetRow(s: ReportSheet, label: string, columns: readonly string[]): string[] {
  const n = rowOf(s, label);
  return columns.map((c) => asShown(cellAt(s, `${c}${n}`)));
}

const FIGURES = ["B", "C", "D", "E", "F", "G"];

function expectLevelsAsSheet(result: EngineResult): void {
  const { doc, sheets } = both(result);
  const levels = sheet(sheets, LEVEL_SHEET);
  const t = table(doc, "Avvikelse per anslagsbindningsnivå");
  const labels = [...result.levels.map((l) => l.name), "Totalt"];
  for (const label of labels)
    expect([label, ...docRow(t, label)]).toEqual([label, ...sheetRow(levels, label, FIGURES)]);
  // the comparison in a table of its own: the earlier forecast, its deviation, today's, the change
  const change = doc.blocks.find(
    (b): b is DocumentTable => b.kind === "table" && b.caption.includes("Prognosens förändring"),
  );
  if (!result.previous) {
    expect(change).toBeUndefined();
    return;
  }
  if (!change) throw new Error("no change table");
  for (const label of labels)
    expect([label, ...docRow(change, label)]).toEqual([
      label,
      ...sheetRow(levels, label, ["K", "L", "G", "M"]),
    ]);
}

describe("every figure in the document is what the report sheet shows", () => {
  it("Lomma: each level's figures, and the deviations as they read", async () => {
    const result = await lommaResult();
    expectLevelsAsSheet(result);
    const t = table(both(result).doc, "Avvikelse per anslagsbindningsnivå");
    // Hälsa, vård och omsorg: −4 712 in the period, −19 600 for the year (the seed's own figures)
    expect(docRow(t, "Hälsa, vård och omsorg")[2]).toBe("\u22124\u00a0712");
    expect(docRow(t, "Hälsa, vård och omsorg")[5]).toBe("\u221219\u00a0600");
    expect(docRow(t, "Totalt")[5]).toBe("\u221214\u00a0400");
  });

  it.each<[ReportUnit, SignConvention]>([
    ["tkr", "netCostPositive"],
    ["tkr", "incomePositive"],
    ["mkr", "netCostPositive"],
    ["mkr", "incomePositive"],
  ])(
    "Linköping in August, compared with July, in %s and %s: each level, the earlier deviation and the change",
    async (reportUnit, reportSign) => {
      const result = await richLinkoping({ reportUnit, reportSign });
      expectLevelsAsSheet(result);
      const t = table(both(result).doc, "Avvikelse per anslagsbindningsnivå");
      expect(t.caption).toBe(
        `Tabell 1. Avvikelse per anslagsbindningsnivå (${reportUnit === "tkr" ? "tkr" : "mnkr"})`,
      );
      // the adjustments' block as it stands under the level sheet's table (its amounts in column D)
      const { doc, sheets } = both(result);
      const adjusted = table(doc, "Periodens resultat efter justeringar");
      for (const label of ["Periodens resultat", "Periodens resultat efter justeringar"])
        expect(docRow(adjusted, label)).toEqual(sheetRow(sheet(sheets, LEVEL_SHEET), label, ["D"]));
      const change = table(doc, "Prognosens förändring per anslagsbindningsnivå");
      expect(change.header[0]?.map((h) => h.text)).toEqual([
        "Anslagsbindningsnivå",
        "Prognos efter juli",
        "Avvikelse efter juli",
        "Avvikelse efter augusti",
        "Förändring",
      ]);
    },
  );

  it("Lomma: Driftredovisning has the cost-type sheet's rows, subtotals and figures", async () => {
    const result = await lommaResult();
    const { doc, sheets } = both(result);
    const costs = sheet(sheets, COST_TYPE_SHEET);
    const t = table(doc, "Driftredovisning per kostnadsslag");
    const labels = t.rows.map((r) => r.cells[0] ?? "");
    expect(labels).toContain("Verksamhetens kostnader");
    expect(labels.slice(-1)).toEqual(["Årets resultat"]);
    for (const label of labels) expect(docRow(t, label)).toEqual(sheetRow(costs, label, FIGURES));
    expect(t.rows.find((r) => r.cells[0] === "Verksamhetens kostnader")?.kind).toBe("subtotal");
    expect(t.rows.find((r) => r.cells[0] === "Årets resultat")?.kind).toBe("total");
  });

  it("Lomma: investments as the investments sheet shows them, expenditure positive", async () => {
    const { doc, sheets } = both(await lommaResult());
    const inv = sheet(sheets, INVESTMENTS_SHEET);
    const t = table(doc, "Investeringsredovisning");
    for (const label of ["Hälsa, vård och omsorg", "Totalt"])
      expect(docRow(t, label)).toEqual(sheetRow(inv, label, ["B", "C", "D", "E"]));
    expect(docRow(t, "Totalt")).toEqual(["0", "1\u00a0500", "2\u00a0500", "1\u00a0000"]);
  });
});
