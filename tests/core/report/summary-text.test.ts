import { summarySentences } from "../../../src/core/report/summary-text";
import type { Row } from "./report-builder";
import { MINUS, resultOf } from "./report-builder";

/** A level's staff costs in tkr (account 5110, costs positive); April, so the period budget is 4/12. */
const level = (name: string, budget: number, outcome: number, forecast: number): Row => [
  name,
  5110,
  budget,
  outcome,
  forecast,
];

const sentences = (rows: readonly Row[], explanations?: readonly Row[]): string[] =>
  summarySentences(resultOf({ rows, ...(explanations ? { explanations } : {}) }));

const m = (s: string): string => s.replace(/-/g, MINUS);

describe("the summary's sentences", () => {
  it("state a deficit as its magnitude, and the part not explained with its sign", () => {
    // Budget 12 000, period 4 000; outcome 4 500 → −500 tkr. Forecast 13 900 → −1 900 tkr.
    expect(sentences([level("HVO", 12000, 4500, 13900)])).toEqual([
      "Resultatet per den 30 april visar ett underskott med 0,5 mnkr jämfört med periodens budget, vilket motsvarar 12,5 procent av budgeten.",
      "Prognosen för helåret visar ett underskott med 1,9 mnkr, vilket motsvarar 15,8 procent av nettokostnadsbudgeten.",
      m("Av helårsavvikelsen är -1,9 mnkr ännu inte förklarat."),
    ]);
  });

  it("state a surplus, and its only explanation without naming the level", () => {
    // Budget 24 000, period 8 000; outcome 7 000 → +1 000. Forecast 21 600 → +2 400, all explained.
    expect(sentences([level("HVO", 24000, 7000, 21600)], [["HVO", "Vakanta tjänster.", 2400]])).toEqual([
      "Resultatet per den 30 april visar ett överskott med 1,0 mnkr jämfört med periodens budget, vilket motsvarar 12,5 procent av budgeten.",
      "Prognosen för helåret visar ett överskott med 2,4 mnkr, vilket motsvarar 10,0 procent av nettokostnadsbudgeten.",
      "Den största förklaringen är vakanta tjänster (2,4 mnkr).",
    ]);
  });

  it("call a deviation that is zero at one decimal of mnkr a budget in balance", () => {
    // Period 4 000 against 4 040, year 12 000 against 12 040: −40 tkr is 0,0 mnkr.
    expect(sentences([level("HVO", 12000, 4040, 12040)])).toEqual([
      "Resultatet per den 30 april är i nivå med periodens budget.",
      "Prognosen för helåret visar en budget i balans.",
    ]);
  });

  it("round 50 tkr half away from zero, to 0,1 mnkr", () => {
    expect(sentences([level("HVO", 12000, 4050, 12050)])).toEqual([
      // −50 of 4 000 is 1,25 per cent: half away from zero, as the amounts
      "Resultatet per den 30 april visar ett underskott med 0,1 mnkr jämfört med periodens budget, vilket motsvarar 1,3 procent av budgeten.",
      "Prognosen för helåret visar ett underskott med 0,1 mnkr, vilket motsvarar 0,4 procent av nettokostnadsbudgeten.",
      m("Av helårsavvikelsen är -0,1 mnkr ännu inte förklarat."),
    ]);
  });

  it("say where a total deficit lies and which levels go the other way", () => {
    // HVO: period 4 000 − 4 300 = −300, year 12 000 − 13 000 = −1 000.
    // IFO: period 2 000 − 1 900 = +100, year 6 000 − 5 500 = +500. LSS: −30, not worth naming.
    const s = sentences([
      level("HVO", 12000, 4300, 13000),
      level("IFO", 6000, 1900, 5500),
      level("LSS", 3000, 1000, 3030),
    ]);
    expect(s).toEqual([
      "Resultatet per den 30 april visar ett underskott med 0,2 mnkr jämfört med periodens budget, vilket motsvarar 2,9 procent av budgeten.",
      "Prognosen för helåret visar ett underskott med 0,5 mnkr, vilket motsvarar 2,5 procent av nettokostnadsbudgeten.",
      m("Underskottet finns inom HVO (-1,0 mnkr), medan IFO (0,5 mnkr) visar överskott."),
      m("Av helårsavvikelsen är -0,5 mnkr ännu inte förklarat."),
    ]);
  });

  it("say where a total surplus lies, the largest first", () => {
    // LSS 3 000 → 2 800: +200; HVO 12 000 → 12 300: −300; IFO 6 000 → 5 200: +800. Total +700.
    const s = sentences(
      [level("LSS", 3000, 1000, 2800), level("HVO", 12000, 4000, 12300), level("IFO", 6000, 2000, 5200)],
      [
        ["LSS", "Vakanta tjänster", 200],
        ["HVO", "Ökade färdtjänstkostnader", -300],
        ["IFO", "Lägre kostnader för tolkar", 800],
      ],
    );
    expect(s).toEqual([
      "Resultatet per den 30 april är i nivå med periodens budget.",
      "Prognosen för helåret visar ett överskott med 0,7 mnkr, vilket motsvarar 3,3 procent av nettokostnadsbudgeten.",
      m("Överskottet finns inom IFO (0,8 mnkr) och LSS (0,2 mnkr), medan HVO (-0,3 mnkr) visar underskott."),
      m(
        "De största förklaringarna är lägre kostnader för tolkar (IFO, 0,8 mnkr), " +
          "ökade färdtjänstkostnader (HVO, -0,3 mnkr) och vakanta tjänster (LSS, 0,2 mnkr).",
      ),
    ]);
  });

  it("say that a deficit and a surplus cancel out when the total is in balance", () => {
    // HVO 12 000 → 12 500: −500; IFO 6 000 → 5 500: +500.
    const s = sentences([level("HVO", 12000, 4000, 12500), level("IFO", 6000, 2000, 5500)]);
    expect(s).toEqual([
      "Resultatet per den 30 april är i nivå med periodens budget.",
      "Prognosen för helåret visar en budget i balans.",
      m("Överskott inom IFO (0,5 mnkr) och underskott inom HVO (-0,5 mnkr) tar ut varandra."),
    ]);
  });

  it("do not say where the deviation lies when there is a single level", () => {
    const s = sentences([level("Socialnämnden", 12000, 4300, 13000)]);
    expect(s.some((x) => x.includes("finns inom") || x.includes("tar ut varandra"))).toBe(false);
  });

  it("name at most the three largest explanations, by magnitude, lowercased unless an acronym", () => {
    // HVO 12 000 → 12 900: −900 = −1 500 + 600. IFO 6 000 → 4 800: +1 200 = 900 + 300. Total +300.
    const s = sentences(
      [level("HVO", 12000, 4000, 12900), level("IFO", 6000, 2000, 4800)],
      [
        ["HVO", "Ökade färdtjänstkostnader", -1500],
        ["HVO", "Vakanta tjänster.", 600],
        ["IFO", "IFO:s lokaler blev billigare", 900],
        ["IFO", "Lägre kostnader för tolkar", 300],
        ["Fritid", "Fler besökare", 5000],
      ],
    );
    expect(s).toContain(
      m(
        "De största förklaringarna är ökade färdtjänstkostnader (HVO, -1,5 mnkr), " +
          "IFO:s lokaler blev billigare (IFO, 0,9 mnkr) och vakanta tjänster (HVO, 0,6 mnkr).",
      ),
    );
    // Fully explained: no sentence about an unexplained part; the unknown level is nowhere.
    expect(s.some((x) => x.includes("inte förklarat"))).toBe(false);
    expect(s.join(" ")).not.toContain("besökare");
  });

  it("name no explanation that has an amount but no text", () => {
    // −1 000 = −700 without a text + −300 "Ökade kostnader".
    const s = sentences(
      [level("HVO", 12000, 4000, 13000)],
      [
        ["HVO", "", -700],
        ["HVO", "Ökade kostnader", -300],
      ],
    );
    expect(s).toContain(m("Den största förklaringen är ökade kostnader (-0,3 mnkr)."));
  });

  it("leave out an unexplained part that is 0,0 mnkr", () => {
    // −1 000 of which −960 explained: −40 tkr left.
    const s = sentences([level("HVO", 12000, 4000, 13000)], [["HVO", "Ökade kostnader", -960]]);
    expect(s.some((x) => x.includes("inte förklarat"))).toBe(false);
  });

  it("give the unexplained part of a deficit when it is partly explained", () => {
    // −1 000 of which −600 explained: −400 left.
    const s = sentences([level("HVO", 12000, 4000, 13000)], [["HVO", "Ökade kostnader", -600]]);
    expect(s[s.length - 1]).toBe(m("Av helårsavvikelsen är -0,4 mnkr ännu inte förklarat."));
  });

  it("give both sums when the explanations add up to more than the deviation", () => {
    // −1 900 forecast deviation, explanations −2 500: +600 is not explained.
    const s = sentences([level("HVO", 12000, 4000, 13900)], [["HVO", "Ökade kostnader", -2500]]);
    expect(s[s.length - 1]).toBe(
      m(
        "Förklaringarna summerar till -2,5 mnkr, men helårsavvikelsen är -1,9 mnkr; 0,6 mnkr är ännu inte förklarat.",
      ),
    );
  });

  it("give both sums when the explanations go the other way than the deviation", () => {
    // −1 000 forecast deviation, explanations +500: −1 500 is not explained.
    const s = sentences([level("HVO", 12000, 4000, 13000)], [["HVO", "Vakanta tjänster", 500]]);
    expect(s[s.length - 1]).toBe(
      m(
        "Förklaringarna summerar till 0,5 mnkr, men helårsavvikelsen är -1,0 mnkr; -1,5 mnkr är ännu inte förklarat.",
      ),
    );
  });

  it("do not call a part of a balanced forecast a part of its deviation", () => {
    // HVO −500 explained, IFO +500 not: the total is in balance and +500 is not explained.
    const s = sentences(
      [level("HVO", 12000, 4000, 12500), level("IFO", 6000, 2000, 5500)],
      [["HVO", "Ökade kostnader", -500]],
    );
    expect(s[s.length - 1]).toBe(
      m(
        "Förklaringarna summerar till -0,5 mnkr, men prognosen visar en budget i balans; 0,5 mnkr är ännu inte förklarat.",
      ),
    );
  });
});

describe("the summary with adjustments (justeringar)", () => {
  it("gives the period's result after them, naming them, as Alingsås's report does", () => {
    // HVO: period −500 tkr; the accrued holiday pay +300 tkr and a retroactive pay rise −100 tkr: −300 tkr after.
    const result = resultOf({ rows: [level("HVO", 12000, 4500, 13900)] });
    const adjustments = [
      {
        level: "HVO",
        text: "Upplupen semesterlöneskuld",
        amount: 30_000_000,
        sheet: "Justeringar",
        cell: "C2",
      },
      { level: "HVO", text: "Retroaktiv lön", amount: -10_000_000, sheet: "Justeringar", cell: "C3" },
    ] as const;
    const withAdjustments = {
      ...result,
      adjustments: adjustments.map((a) => ({ ...a, amount: a.amount as typeof result.total.outcome })),
      total: { ...result.total, adjustedPeriodDeviation: -30_000_000 as typeof result.total.outcome },
    };
    expect(summarySentences(withAdjustments)[1]).toBe(
      "Med hänsyn tagen till justeringarna (upplupen semesterlöneskuld och retroaktiv lön) är periodens resultat ett underskott med 0,3 mnkr.",
    );
    expect(summarySentences(result)).not.toContainEqual(expect.stringContaining("justeringarna"));
  });
});
