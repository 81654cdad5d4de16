import { runEngine } from "../../../src/core/engine";
import { explanationsSheet } from "../../../src/core/report/explanations-sheet";
import type { Row } from "./grid-builder";
import { errorsOf, issuesOf, levelOf, run, sheet } from "./grid-builder";

// In tkr. HVO: budget 10 000, forecast 10 500 → −500 tkr; IFO: 2 000 and 1 700 → +300 tkr.
const ledger = sheet("Underlag", [
  ["Belopp i tkr"],
  ["Anslagsbindningsnivå", "Konto", "Budget 2024", "Utfall jan–apr 2024", "Prognos helår"],
  ["HVO", 5110, 10000, 3400, 10500],
  ["IFO", 4610, 2000, 600, 1700],
]);

function explanations(amountHeader: string, rows: Row[]): ReturnType<typeof sheet> {
  return sheet("Förklaringar", [
    ["Viktigaste förklaringar till prognosen"],
    ["Anslagsbindningsnivå", "Förklaring", amountHeader],
    ...rows,
  ]);
}

const TKR_ROWS: Row[] = [
  ["HVO", "Ökade färdtjänstkostnader", -600],
  ["HVO", "Vakanta tjänster", 200],
  [null, "Totalt HVO", -400],
  ["IFO", "Lägre kostnader för tolktjänster", 250],
  ["Summa", null, -150],
  ["Fritid", "Fler besökare", 100],
];

describe("the explanations sheet", () => {
  it("converts the amounts from tkr to kronor and lists each with its cell", () => {
    const json = run([ledger, explanations("Belopp, tkr", TKR_ROWS)]);
    expect(errorsOf(json)).toEqual([]);
    expect(json.explanations).toEqual([
      {
        level: "HVO",
        text: "Ökade färdtjänstkostnader",
        amount: "-600000",
        about: "deviation",
        sheet: "Förklaringar",
        cell: "C3",
      },
      {
        level: "HVO",
        text: "Vakanta tjänster",
        amount: "200000",
        about: "deviation",
        sheet: "Förklaringar",
        cell: "C4",
      },
      {
        level: "IFO",
        text: "Lägre kostnader för tolktjänster",
        amount: "250000",
        about: "deviation",
        sheet: "Förklaringar",
        cell: "C6",
      },
      {
        level: "Fritid",
        text: "Fler besökare",
        amount: "100000",
        about: "deviation",
        sheet: "Förklaringar",
        cell: "C8",
      },
    ]);
  });

  it("gives explained and unexplained per level and in total, leaving out unknown levels", () => {
    const json = run([ledger, explanations("Belopp, tkr", TKR_ROWS)]);
    // HVO: −600 + 200 = −400 tkr explained of −500 → −100 unexplained.
    expect(levelOf(json, "HVO")).toMatchObject({
      forecastDeviation: "-500000",
      explained: "-400000",
      unexplained: "-100000",
    });
    // IFO: 250 of 300 → 50 unexplained.
    expect(levelOf(json, "IFO")).toMatchObject({
      forecastDeviation: "300000",
      explained: "250000",
      unexplained: "50000",
    });
    // Total: −200 tkr, explained −400 + 250 = −150 (Fritid is not counted), unexplained −50.
    expect(json.total).toMatchObject({
      forecastDeviation: "-200000",
      explained: "-150000",
      unexplained: "-50000",
    });
  });

  it("warns about an explanation for a level the ledger does not have, naming its cell", () => {
    const json = run([ledger, explanations("Belopp, tkr", TKR_ROWS)]);
    expect(issuesOf(json, "explanation-unknown-level")).toEqual([
      expect.objectContaining({ severity: "warning", sheet: "Förklaringar", cell: "A8" }),
    ]);
    expect(issuesOf(json, "explanation-unknown-level")[0]?.message).toContain("Fritid");
  });

  it("reads amounts in mkr, as numbers or Swedish text", () => {
    const json = run([
      ledger,
      explanations("Belopp (mkr)", [
        ["HVO", "Ökade färdtjänstkostnader", -0.6],
        ["HVO", "Vakanta tjänster", "0,2"],
        ["IFO", "Lägre kostnader för tolktjänster", "0,3"],
      ]),
    ]);
    expect(errorsOf(json)).toEqual([]);
    expect(json.explanations.map((e) => e.amount)).toEqual(["-600000", "200000", "300000"]);
    expect(levelOf(json, "HVO")).toMatchObject({ explained: "-400000", unexplained: "-100000" });
    expect(levelOf(json, "IFO")).toMatchObject({ explained: "300000", unexplained: "0" });
    expect(json.total).toMatchObject({ explained: "-100000", unexplained: "-100000" });
  });

  it("takes the unit from a note above the header when the header names none", () => {
    const sheetInTkr = sheet("Förklaringar", [
      ["Belopp i tkr"],
      ["Anslagsbindningsnivå", "Förklaring", "Belopp"],
      ["IFO", "Vakanta tjänster", 300],
    ]);
    const json = run([ledger, sheetInTkr]);
    expect(levelOf(json, "IFO")).toMatchObject({ explained: "300000", unexplained: "0" });
  });

  it("matches level names regardless of case and surrounding spaces", () => {
    const json = run([ledger, explanations("Belopp, tkr", [[" hvo ", "Vakanta tjänster", -500]])]);
    expect(issuesOf(json, "explanation-unknown-level")).toEqual([]);
    expect(levelOf(json, "HVO")).toMatchObject({ explained: "-500000", unexplained: "0" });
  });

  it("without explanations, the whole deviation is unexplained", () => {
    const json = run([ledger]);
    expect(levelOf(json, "HVO")).toMatchObject({ explained: "0", unexplained: "-500000" });
    expect(json.total).toMatchObject({ explained: "0", unexplained: "-200000" });
  });

  it("reads the level written once as a heading above its explanations, as reports group them", () => {
    const grouped = sheet("Förklaringar", [
      ["Anslagsbindningsnivå", "Förklaring", "Belopp, tkr"],
      ["HVO", null, null],
      [null, "Ökade färdtjänstkostnader", -600],
      [null, "Vakanta tjänster", 200],
      [null, "Totalt HVO", -400],
      ["IFO", null, null],
      [null, "Lägre kostnader för tolktjänster", 250],
      ["Fritid", null, null],
      [null, "Fler besökare", 100],
      ["Totalt för socialnämnden", null, -50],
    ]);
    const json = run([ledger, grouped]);
    expect(json.explanations.map((e) => [e.level, e.text, e.amount, e.cell])).toEqual([
      ["HVO", "Ökade färdtjänstkostnader", "-600000", "C3"],
      ["HVO", "Vakanta tjänster", "200000", "C4"],
      ["IFO", "Lägre kostnader för tolktjänster", "250000", "C7"],
      ["Fritid", "Fler besökare", "100000", "C9"],
    ]);
    expect(levelOf(json, "HVO")).toMatchObject({ explained: "-400000", unexplained: "-100000" });
    expect(levelOf(json, "IFO")).toMatchObject({ explained: "250000", unexplained: "50000" });
    // The heading rows are no explanations without amounts; the unknown level is named at its heading.
    expect(issuesOf(json, "explanation-without-amount")).toEqual([]);
    expect(issuesOf(json, "explanation-unknown-level")).toEqual([
      expect.objectContaining({ sheet: "Förklaringar", cell: "A8" }),
    ]);
  });

  it("counts an explanation without an amount as 0, with a warning at the empty cell", () => {
    const json = run([ledger, explanations("Belopp, tkr", [["HVO", "Ännu inte utrett", null]])]);
    expect(issuesOf(json, "explanation-without-amount")).toEqual([
      expect.objectContaining({ sheet: "Förklaringar", cell: "C3" }),
    ]);
    expect(levelOf(json, "HVO")).toMatchObject({ explained: "0", unexplained: "-500000" });
  });
});

describe("an explanations sheet that states no unit", () => {
  // HVO's forecast deviation is −500 tkr; the list explains −100 of it under a bare "Belopp".
  const bare = explanations("Belopp", [["HVO", "Ökade färdtjänstkostnader", -100]]);

  it("is read in the ledger's tkr, not kronor, with a warning at the amount's header", () => {
    const json = run([ledger, bare]);
    expect(json.explanations.map((e) => e.amount)).toEqual(["-100000"]);
    expect(levelOf(json, "HVO")).toMatchObject({ explained: "-100000", unexplained: "-400000" });
    const warnings = issuesOf(json, "sheet-unit-assumed");
    expect(warnings).toEqual([
      expect.objectContaining({ severity: "warning", sheet: "Förklaringar", cell: "C2" }),
    ]);
    expect(warnings[0]?.message).toContain("Förklaringsbladet anger ingen enhet");
    expect(warnings[0]?.message).toContain("lästs i tkr som huvudboken");
    expect(json.sheetUnits).toEqual([
      { sheet: "Förklaringar", role: "explanations", unit: "tkr", assumed: true },
    ]);
  });

  it("leaves the unit out of the settings, so that passing them back keeps it assumed", () => {
    const json = run([ledger, bare]);
    const settings = json.settings.sheets?.find((s) => s.name === "Förklaringar");
    expect(settings).toMatchObject({ role: "explanations" });
    expect(settings && "unit" in settings).toBe(false);
    const again = run([ledger, bare], { settings: json.settings });
    expect(issuesOf(again, "sheet-unit-assumed")).toHaveLength(1);
    expect(again.explanations.map((e) => e.amount)).toEqual(["-100000"]);
  });

  it("is read in kronor when the ledger states no unit either, and the warning says so", () => {
    const inKronor = sheet("Underlag", [
      ["Anslagsbindningsnivå", "Konto", "Budget 2024", "Utfall jan–apr 2024", "Prognos helår"],
      ["HVO", 5110, 10_000_000, 3_400_000, 10_500_000],
    ]);
    const json = run([inKronor, bare]);
    expect(json.explanations.map((e) => e.amount)).toEqual(["-100"]);
    expect(json.sheetUnits).toEqual([
      { sheet: "Förklaringar", role: "explanations", unit: "kr", assumed: true },
    ]);
    expect(issuesOf(json, "sheet-unit-assumed")[0]?.message).toContain(
      "anger ingen enhet, och inte heller huvudboken; beloppen har lästs i kronor",
    );
  });

  it("gives no warning when the user chose the unit, even the one that would be assumed", () => {
    for (const unit of ["tkr", "kr"] as const) {
      const chosen = { name: "Förklaringar", role: "explanations" as const, headerRow: 2, unit };
      const json = run([ledger, bare], {
        settings: { sheets: [{ ...chosen, columns: { level: "A", text: "B", amount: "C" } }] },
      });
      expect(issuesOf(json, "sheet-unit-assumed")).toEqual([]);
      expect(json.sheetUnits).toEqual([
        { sheet: "Förklaringar", role: "explanations", unit, assumed: false },
      ]);
      expect(json.explanations.map((e) => e.amount)).toEqual([unit === "tkr" ? "-100000" : "-100"]);
    }
  });

  it("is assumed, not kronor, when a settings file names the sheet without a unit", () => {
    const json = run([ledger, bare], {
      settings: {
        sheets: [
          {
            name: "Förklaringar",
            role: "explanations",
            headerRow: 2,
            columns: { level: "A", text: "B", amount: "C" },
          },
        ],
      },
    });
    expect(json.explanations.map((e) => e.amount)).toEqual(["-100000"]);
    expect(issuesOf(json, "sheet-unit-assumed")).toHaveLength(1);
  });

  it("gives no warning when the header or a note states the unit", () => {
    const stated = [explanations("Belopp, tkr", [["HVO", "Vakanta tjänster", 100]])];
    const noted = [
      sheet("Förklaringar", [["Belopp i tkr"], ["Anslagsbindningsnivå", "Förklaring", "Belopp"]]),
    ];
    for (const sheets of [stated, noted]) {
      const json = run([ledger, ...sheets]);
      expect(issuesOf(json, "sheet-unit-assumed")).toEqual([]);
      expect(json.sheetUnits).toEqual([
        { sheet: "Förklaringar", role: "explanations", unit: "tkr", assumed: false },
      ]);
    }
  });

  it("says so in the notes of the report's explanations sheet, and only then", () => {
    const notes = (sheets: ReturnType<typeof sheet>[]): string[] => {
      const out = runEngine({ workbook: { sheets: [ledger, ...sheets] } });
      if (!out.result) throw new Error("expected a result");
      const report = explanationsSheet({ result: out.result, generatedAt: "2024-05-13 09:00" });
      return report.rows.slice(0, 5).flatMap((r) => (r[0]?.kind === "text" ? [r[0].text] : []));
    };
    expect(notes([bare]).join(" ")).toContain(
      "Förklaringsbladet anger ingen enhet; beloppen har lästs i tkr som huvudboken.",
    );
    expect(notes([explanations("Belopp, tkr", [["HVO", "Vakanta tjänster", 100]])]).join(" ")).not.toContain(
      "anger ingen enhet",
    );
  });
});

describe("a row whose text starts like a total", () => {
  /** Under headings, in tkr: HVO's deviation is −500, IFO's +300. */
  const grouped = (rows: Row[]): ReturnType<typeof sheet> =>
    sheet("Förklaringar", [["Anslagsbindningsnivå", "Förklaring", "Belopp, tkr"], ...rows]);
  const texts = (json: ReturnType<typeof run>): [string, string, string][] =>
    json.explanations.map((e) => [e.level, e.text, e.amount]);

  it("is an explanation when it is no total: kept, counted, with a warning at its text", () => {
    const json = run([
      ledger,
      grouped([
        ["IFO", null, null],
        [null, "Vakanta tjänster", 200],
        [null, "Totalt sett lägre kostnader för tolkar", 40],
      ]),
    ]);
    expect(texts(json)).toEqual([
      ["IFO", "Vakanta tjänster", "200000"],
      ["IFO", "Totalt sett lägre kostnader för tolkar", "40000"],
    ]);
    expect(levelOf(json, "IFO")).toMatchObject({ explained: "240000", unexplained: "60000" });
    const warnings = issuesOf(json, "explanation-looks-like-total");
    expect(warnings).toEqual([
      expect.objectContaining({ severity: "warning", sheet: "Förklaringar", cell: "B4" }),
    ]);
    expect(warnings[0]?.message).toContain("Totalt sett lägre kostnader för tolkar");
  });

  it("alone under its level, equal to the whole deviation, is the one explanation of it", () => {
    const json = run([
      ledger,
      grouped([
        ["IFO", null, null],
        [null, "Totalt sett lägre kostnader", 300],
      ]),
    ]);
    expect(texts(json)).toEqual([["IFO", "Totalt sett lägre kostnader", "300000"]]);
    expect(levelOf(json, "IFO")).toMatchObject({ explained: "300000", unexplained: "0" });
    expect(issuesOf(json, "explanation-looks-like-total")).toHaveLength(1);
  });

  it("is a total when it sums the level's explanations above it, or the whole list's", () => {
    const json = run([
      ledger,
      grouped([
        ["HVO", null, null],
        [null, "Ökade färdtjänstkostnader", -600],
        [null, "Vakanta tjänster", 200],
        [null, "Summa förklaringar", -400],
        ["IFO", null, null],
        [null, "Lägre kostnader för tolkar", 250],
        [null, "Totalt för nämnden", -150],
      ]),
    ]);
    expect(texts(json).map(([, text]) => text)).toEqual([
      "Ökade färdtjänstkostnader",
      "Vakanta tjänster",
      "Lägre kostnader för tolkar",
    ]);
    expect(levelOf(json, "HVO")).toMatchObject({ explained: "-400000" });
    expect(levelOf(json, "IFO")).toMatchObject({ explained: "250000" });
    expect(issuesOf(json, "explanation-looks-like-total")).toEqual([]);
  });

  it("is a total when it is the level's deviation as the sheet writes it, rounded to its unit", () => {
    // In kronor, HVO's deviation is −499 873,40 kr: −500 in whole tkr.
    const inKronor = sheet("Underlag", [
      ["Anslagsbindningsnivå", "Konto", "Budget 2024", "Utfall jan–apr 2024", "Prognos helår"],
      ["HVO", 5110, 10_000_000, 3_400_000, 10_499_873.4],
    ]);
    const json = run([
      inKronor,
      grouped([
        ["HVO", null, null],
        [null, "Ökade färdtjänstkostnader", -450],
        [null, "Totalt med det som inte är utrett", -500],
      ]),
    ]);
    expect(texts(json)).toEqual([["HVO", "Ökade färdtjänstkostnader", "-450000"]]);
    expect(issuesOf(json, "explanation-looks-like-total")).toEqual([]);
  });

  it("is a total when it names its level or is the word alone, whatever its amount", () => {
    const json = run([
      ledger,
      grouped([
        ["HVO", null, null],
        [null, "Ökade färdtjänstkostnader", -600],
        [null, "Totalt HVO", -450],
        ["IFO", null, null],
        [null, "Vakanta tjänster", 200],
        [null, "Summa:", 230],
      ]),
    ]);
    expect(texts(json).map(([, text]) => text)).toEqual(["Ökade färdtjänstkostnader", "Vakanta tjänster"]);
    expect(issuesOf(json, "explanation-looks-like-total")).toEqual([]);
    // not counted, but not silently wrong either: the sums that do not add up are said, at their cells
    expect(issuesOf(json, "subtotal-mismatch").map((i) => [i.cell, i.message.replace(/\s/g, " ")])).toEqual([
      [
        "C4",
        expect.stringMatching(/"Totalt HVO" visar −450 000 kr men raderna den summerar blir −600 000 kr/),
      ],
      ["C7", expect.stringMatching(/"Summa:" visar 230 000 kr men raderna den summerar blir 200 000 kr/)],
    ]);
  });

  it('is no total at all when it begins "Total" and a lower-case word: "Total renovering …"', () => {
    const json = run([
      ledger,
      grouped([
        ["HVO", null, null],
        [null, "Total renovering av lokalen", -500],
      ]),
    ]);
    expect(texts(json)).toEqual([["HVO", "Total renovering av lokalen", "-500000"]]);
    expect(issuesOf(json, "explanation-looks-like-total")).toEqual([]);
  });
});
