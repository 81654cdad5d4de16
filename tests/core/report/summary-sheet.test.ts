import { levelSheet } from "../../../src/core/report/level-sheet";
import { REPORT_STYLES } from "../../../src/core/report/styles";
import { summarySheet } from "../../../src/core/report/summary-sheet";
import type { Row } from "./report-builder";
import { contextOf } from "./report-builder";

const level = (name: string, budget: number, outcome: number, forecast: number): Row => [
  name,
  5110,
  budget,
  outcome,
  forecast,
];

/** A committee with a long name and long explanations: every header line and sentence is longer than a line. */
function longSummary(): ReturnType<typeof summarySheet> {
  const ctx = contextOf({
    rows: [
      level("Hälsa, vård och omsorg inklusive hemtjänst och särskilt boende", 120000, 45000, 139600),
      level("Individ- och familjeomsorg med försörjningsstöd", 60000, 19000, 56200),
      level("Funktionsnedsättning enligt LSS och SoL", 30000, 9500, 28600),
    ],
    explanations: [
      [
        "Hälsa, vård och omsorg inklusive hemtjänst och särskilt boende",
        "Internt sparkrav för att hålla budget inom beslutad ram, fördelat på samtliga enheter inom området",
        -22600,
      ],
      [
        "Individ- och familjeomsorg med försörjningsstöd",
        "Vakanta tjänster i hemtjänst, dagverksamhet, rehab och myndighet under hela våren",
        2400,
      ],
    ],
    settings: {
      committee:
        "Nämnden för arbetsmarknad, vuxenutbildning, integration och försörjningsstöd i Lomma kommun",
    },
  });
  return summarySheet(ctx, levelSheet(ctx));
}

describe("Sammanfattning on the printed page", () => {
  it("is one wide column, the chart within it", () => {
    const sheet = longSummary();
    expect(sheet.columnWidths).toHaveLength(1);
    for (const row of sheet.rows) expect(row.slice(1).filter((c) => c !== undefined)).toEqual([]);
    for (const chart of sheet.charts ?? []) expect(chart.to.col).toBeLessThanOrEqual(1);
    expect(sheet.page.fitTo.width).toBe(1);
  });

  it("wraps every line of text within the column, in a row tall enough for all its lines", () => {
    const sheet = longSummary();
    const width = sheet.columnWidths[0] ?? 0;
    let longest = 0;
    sheet.rows.forEach((row, i) => {
      const cell = row[0];
      if (cell?.kind !== "text") return;
      const style = REPORT_STYLES[cell.style ?? "text"];
      expect({ text: cell.text, wrap: style.wrap }).toEqual({ text: cell.text, wrap: true });
      // The column's width counts digits of the 11-point font; prose glyphs are on average no wider.
      const size = style.size ?? 11;
      const lines = Math.ceil((cell.text.length * size) / (width * 11));
      longest = Math.max(longest, lines);
      if (lines > 1) expect(sheet.rowHeights?.[i + 1] ?? 15).toBeGreaterThanOrEqual(lines * size * 1.2);
    });
    expect(longest).toBeGreaterThan(1);
  });
});
