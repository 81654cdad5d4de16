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
        sheet: "Förklaringar",
        cell: "C3",
      },
      { level: "HVO", text: "Vakanta tjänster", amount: "200000", sheet: "Förklaringar", cell: "C4" },
      {
        level: "IFO",
        text: "Lägre kostnader för tolktjänster",
        amount: "250000",
        sheet: "Förklaringar",
        cell: "C6",
      },
      { level: "Fritid", text: "Fler besökare", amount: "100000", sheet: "Förklaringar", cell: "C8" },
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
