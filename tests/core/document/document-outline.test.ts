import type { DocumentLayout } from "../../../src/core/document/document-layout";
import { BACKGROUND_PLACEHOLDER, layoutDocument } from "../../../src/core/document/layout-document";
import { linkopingMonths } from "../report/comparison-results";
import { contextOf } from "../report/report-builder";
import { lommaResult, richLinkoping, tableByCaption, tables } from "./document-builder";

const M = "\u2212";

const headings = (l: DocumentLayout): string[] =>
  l.blocks.flatMap((b) => (b.kind === "heading" ? [`${b.level} ${b.text}`] : []));

describe("the document's outline", () => {
  it("Lomma: the seeds' order, the tables numbered with the report's unit, A4 portrait in Calibri 11", async () => {
    const layout = layoutDocument({ result: await lommaResult(), generatedAt: "2024-05-13 09:00" });
    expect(headings(layout)).toEqual([
      "1 Delårsrapport per den 30 april med prognos för helår 2024",
      "2 Förslag till beslut",
      "2 Ärende",
      "2 Tabeller",
      "2 Bakgrund",
    ]);
    expect(tables(layout).map((t) => t.caption)).toEqual([
      "Tabell 1. Avvikelse per anslagsbindningsnivå (tkr)",
      "Tabell 2. Driftredovisning per kostnadsslag (tkr)",
      "Tabell 3. Investeringsredovisning (tkr)",
      "Tabell 4. Prognostiserad budgetavvikelse helår, viktigaste förklaringar (tkr)",
    ]);
    expect(layout.page).toEqual({
      size: "A4",
      orientation: "portrait",
      marginsMm: { top: 25, right: 25, bottom: 25, left: 25 },
    });
    expect(layout.font).toEqual({ family: "Calibri", sizePt: 11 });
    for (const t of tables(layout)) {
      expect(t.columns.reduce((s, c) => s + c.widthPercent, 0)).toBe(100);
      expect(t.columns.slice(1).every((c) => c.align === "right")).toBe(true);
      for (const row of [...t.header.map((h) => h.reduce((s, c) => s + (c.span ?? 1), 0))])
        expect(row).toBe(t.columns.length);
      for (const row of t.rows) expect(row.cells).toHaveLength(t.columns.length);
    }
  });

  it("Bakgrund is an empty, clearly marked place for the economist's own words, last", async () => {
    const layout = layoutDocument({ result: await lommaResult(), generatedAt: "2024-05-13 09:00" });
    expect(layout.blocks.slice(-2)).toEqual([
      { kind: "heading", level: 2, text: "Bakgrund" },
      { kind: "paragraph", runs: [{ text: BACKGROUND_PLACEHOLDER }], style: "placeholder" },
    ]);
    expect(BACKGROUND_PLACEHOLDER).toMatch(/^\[Skriv bakgrunden här: .*\]$/);
  });
});

describe("the explanations table", () => {
  it("Lomma: grouped by level, each level's total, the committee's total last", async () => {
    const layout = layoutDocument({ result: await lommaResult(), generatedAt: "2024-05-13 09:00" });
    const t = tableByCaption(layout, "viktigaste förklaringar");
    const rows = t?.rows.map((r) => `${r.kind} ${r.cells.join(" | ")}`) ?? [];
    expect(rows.slice(0, 2)).toEqual([
      "group Hälsa, vård och omsorg | ",
      `line Internt sparkrav för att hålla budget inom beslutad ram | ${M}22\u00a0600`,
    ]);
    expect(rows).toContain(`subtotal Totalt Hälsa, vård och omsorg | ${M}19\u00a0600`);
    expect(rows).toContain("subtotal Totalt LSS | 1\u00a0400");
    expect(rows.slice(-1)).toEqual([`total Totalt för socialnämnden | ${M}14\u00a0400`]);
  });

  it("Linköping: the part not explained on a line of its own, and the change's explanations in a table of their own", async () => {
    const layout = layoutDocument({ result: await richLinkoping(), generatedAt: "2023-09-11 10:00" });
    const t = tableByCaption(layout, "viktigaste förklaringar");
    const rows = t?.rows.map((r) => `${r.kind} ${r.cells.join(" | ")}`) ?? [];
    const children = rows.slice(
      rows.indexOf("group Barn och unga | "),
      rows.indexOf("group Gemensam administration | "),
    );
    expect(children).toEqual([
      "group Barn och unga | ",
      `line Bemanningstjänster i mottagning och utredning | ${M}6,0`,
      `line Ej förklarat | ${M}4,0`,
      `subtotal Totalt Barn och unga | ${M}10,0`,
    ]);
    const change = tableByCaption(layout, "Förklaringar till prognosförändringen");
    expect(change?.caption).toBe("Tabell 6. Förklaringar till prognosförändringen (mnkr)");
    const changeRows = change?.rows.map((r) => `${r.kind} ${r.cells.join(" | ")}`) ?? [];
    expect(changeRows).toContain(`line Fler dygnsplaceringar HVB och SiS sedan juli | ${M}4,0`);
    expect(changeRows.slice(-1)).toEqual([`total Totalt för social- och omsorgsnämnden | ${M}10,0`]);
    // the note on what the change is measured against follows the table
    const at = layout.blocks.indexOf(change ?? layout.blocks[0]!);
    const note = layout.blocks[at + 1];
    expect(note?.kind === "paragraph" && note.runs[0]?.text).toMatch(/sedan prognosen efter juli 2023/);
  });
});

describe("explanations the sheet does not count", () => {
  it("are named in a note under the explanations table, as the sheet lists them", () => {
    const layout = layoutDocument(
      contextOf({
        rows: [
          ["HVO", 5110, 12000, 4000, 12900],
          ["IFO", 4610, 6000, 2000, 5500],
        ],
        explanations: [
          ["HVO", "Ökade färdtjänstkostnader", -900],
          ["Fritid", "Fler besökare", 100],
        ],
        title: "Socialnämnden – underlag",
      }),
    );
    const t = tableByCaption(layout, "viktigaste förklaringar");
    expect(t?.rows.some((r) => r.cells[0]?.includes("Fritid"))).toBe(false);
    const note = layout.blocks[layout.blocks.indexOf(t ?? layout.blocks[0]!) + 1];
    expect(note).toEqual({
      kind: "paragraph",
      runs: [
        {
          text: "Förklaringar som inte räknas in (nivån finns inte i underlaget): Fritid: Fler besökare (100).",
        },
      ],
      style: "note",
    });
  });
});

describe("the adjustments", () => {
  it("Linköping: the period's result, each adjustment and the result after them, in a table after the levels'", async () => {
    const layout = layoutDocument({ result: await richLinkoping(), generatedAt: "2023-09-11 10:00" });
    const t = tables(layout)[1];
    expect(t?.caption).toBe("Tabell 2. Periodens resultat efter justeringar (mnkr)");
    expect(t?.rows.map((r) => `${r.kind} ${r.cells.join(" | ")}`)).toEqual([
      `line Periodens resultat | ${M}27,0`,
      "line LSS, SFB och HSL: Upplupen semesterlöneskuld | 3,2",
      "line Barn och unga: Upplupen semesterlöneskuld | 1,1",
      `total Periodens resultat efter justeringar | ${M}22,7`,
    ]);
  });

  it("are no table without adjustments", async () => {
    const layout = layoutDocument({ result: await lommaResult(), generatedAt: "2024-05-13 09:00" });
    expect(tableByCaption(layout, "justeringar")).toBeUndefined();
  });
});

describe("key figures", () => {
  it("are a table when the workbook has them, each in its own unit and decimals", async () => {
    const layout = layoutDocument({ result: await richLinkoping(), generatedAt: "2023-09-11 10:00" });
    const t = tableByCaption(layout, "Nyckeltal");
    expect(t?.caption).toBe("Tabell 7. Nyckeltal");
    expect(t?.header[0]?.map((h) => h.text).slice(0, 3)).toEqual(["Nyckeltal", "Enhet", "Plan 2023"]);
    expect(t?.columns[1]?.align).toBe("left");
    expect(t?.rows[1]?.cells).toEqual([
      "Vårddygn HVB",
      "dygn",
      "7\u00a0300",
      "5\u00a0420",
      "4\u00a0710",
      "710",
      "15,1\u00a0%",
      "8\u00a0100",
      "7\u00a0060",
    ]);
  });

  it("are no table when there are none", async () => {
    const layout = layoutDocument({
      result: (await linkopingMonths()).august,
      generatedAt: "2023-09-11 10:00",
    });
    expect(tableByCaption(layout, "Nyckeltal")).toBeUndefined();
    expect(tableByCaption(layout, "Investeringsredovisning")).toBeUndefined();
  });
});
