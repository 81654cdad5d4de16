import type { Row } from "./grid-builder";
import { errorsOf, issuesOf, levelOf, run, sheet } from "./grid-builder";

/**
 * The rules that choose a column when several could fill one role, and what happens when none
 * decides: never a plausible wrong number.
 */
const KEYS = ["Anslagsbindningsnivå", "Konto"];

function ledger(headers: string[], rows: Row[], title: Row[] = []) {
  return sheet("Underlag", [...title, [...KEYS, ...headers], ...rows]);
}

const detectionOf = (json: ReturnType<typeof run>, role: string) =>
  json.detection.find((d) => d.role === role && d.sheet === "Underlag");

describe("choosing between columns", () => {
  it("takes the accumulated outcome, never the month alone, and keeps the month as månadens utfall", () => {
    // August alone is 60, January–August is 480 of a budget of 720.
    const json = run([
      ledger(
        ["Budget 2024", "Budget ack 202408", "Utfall 202408", "Utfall ack 202408", "Prognos 2024"],
        [["Stöd", 5110, 720, 480, 60, 490, 730]],
      ),
    ]);
    expect(errorsOf(json)).toEqual([]);
    expect(json.period).toBe("2024-08");
    expect(levelOf(json, "Stöd").outcome).toBe("490");
    const outcome = detectionOf(json, "outcome");
    expect(outcome).toMatchObject({
      chosen: { cell: "F1", header: "Utfall ack 202408" },
      rule: "accumulated",
    });
    expect(outcome?.rejected.map((r) => [r.cell, r.rule])).toEqual([["E1", "month-alone"]]);
    expect(outcome?.rejected[0]?.reason).toMatch(
      /gäller bara augusti \(läses som månadens utfall\), och "Utfall ack 202408" är ackumulerat/,
    );
    expect(json.settings.sheets?.[0]).toMatchObject({ columns: { monthOutcome: "E", outcome: "F" } });
  });

  it("reads a single column naming the period's month as the period's figure, and says so", () => {
    const json = run([
      ledger(["Budget 2024", "Utfall april 2024", "Prognos"], [["Stöd", 5110, 1200, 410, 1250]]),
    ]);
    expect(json.period).toBe("2024-04");
    expect(levelOf(json, "Stöd").outcome).toBe("410");
    expect(detectionOf(json, "outcome")?.rule).toBe("single-month-named");
    expect(detectionOf(json, "outcome")?.reason).toMatch(/t\.o\.m\. perioden/);
  });

  it("stops with an error naming both cells when no rule ranks two candidates", () => {
    const json = run([
      ledger(
        ["Budget 2024", "Utfall jan–apr 2024", "Ack. utfall april 2024", "Prognos"],
        [["Stöd", 5110, 1200, 410, 400, 1250]],
      ),
    ]);
    expect(json.levels).toEqual([]);
    const [error] = errorsOf(json);
    expect(error).toMatchObject({ code: "column-ambiguous", sheet: "Underlag", cell: "E1" });
    expect(error?.message).toMatch(/kolumn D "Utfall jan–apr 2024" och kolumn E "Ack\. utfall april 2024"/);
    expect(detectionOf(json, "outcome")).toMatchObject({ chosen: null, rule: "ambiguous" });
  });

  it("lets the user settle the ambiguity with one column, without restating the sheet", () => {
    const json = run(
      [
        ledger(
          ["Budget 2024", "Utfall jan–apr 2024", "Ack. utfall april 2024", "Prognos"],
          [["Stöd", 5110, 1200, 410, 400, 1250]],
        ),
      ],
      { settings: { columns: { Underlag: { outcome: "E" } } } },
    );
    expect(errorsOf(json)).toEqual([]);
    expect(levelOf(json, "Stöd").outcome).toBe("400");
    expect(detectionOf(json, "outcome")).toMatchObject({ chosen: { cell: "E1" }, rule: "user-choice" });
  });

  it("takes the latest forecast up to the period and keeps the one before as the previous forecast", () => {
    const json = run([
      ledger(
        ["Budget 2024", "Utfall jan–aug 2024", "Prognos juli 2024", "Prognos aug 2024", "Prognos sep 2024"],
        [["Stöd", 5110, 1200, 800, 1230, 1250, 1300]],
      ),
    ]);
    expect(levelOf(json, "Stöd").forecast).toBe("1250");
    const forecast = detectionOf(json, "forecast");
    expect(forecast).toMatchObject({ chosen: { header: "Prognos aug 2024" }, rule: "latest-version" });
    expect(forecast?.rejected.map((r) => [r.header, r.rule])).toEqual(
      expect.arrayContaining([
        ["Prognos juli 2024", "earlier-version"],
        ["Prognos sep 2024", "after-period"],
      ]),
    );
    expect(json.settings.sheets?.[0]).toMatchObject({ columns: { previousForecast: "E" } });
  });

  it("reads Utfall 1904 beside Utfall 2004 as last year's April: the period is 2020-04", () => {
    const json = run([
      ledger(
        ["Bokslut 2019", "Budget 2020", "Utfall 1904", "Utfall 2004", "Prognos 2020"],
        [["Stöd", 5110, 1150, 1200, 380, 410, 1250]],
      ),
    ]);
    expect(errorsOf(json)).toEqual([]);
    expect(json.period).toBe("2020-04");
    expect(levelOf(json, "Stöd").outcome).toBe("410");
    expect(json.settings.sheets?.[0]).toMatchObject({
      columns: { lastYearOutcome: "E", lastYearFinal: "C" },
    });
  });

  it("reads bare month columns on a budget sheet as budget months: the annual budget is their sum", () => {
    const months = ["Jan", "Feb", "Mar", "Apr", "Maj", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dec"];
    const json = run([
      sheet("Budget", [
        ["Budget 2024"],
        ["Anslagsbindningsnivå", "Konto", ...months, "Helår"],
        ["Stöd", 5110, 100, 100, 100, 100, 100, 80, 40, 60, 100, 100, 100, 220, 1200],
      ]),
      sheet("Utfall", [
        ["Anslagsbindningsnivå", "Konto", "Utfall jan–apr 2024", "Prognos"],
        ["Stöd", 5110, 390, 1210],
      ]),
    ]);
    expect(errorsOf(json)).toEqual([]);
    expect(json.settings.periodisation).toBe("monthly");
    expect(levelOf(json, "Stöd")).toMatchObject({
      annualBudget: "1200",
      periodBudget: "400",
      outcome: "390",
    });
    expect(issuesOf(json, "annual-total-disagrees")).toEqual([]);
  });
});

describe("checks on a decision already made", () => {
  it("warns when an input Avvikelse disagrees with the figures, naming the cell", () => {
    const json = run([
      ledger(
        ["Budget 2024", "Budget jan–apr 2024", "Utfall jan–apr 2024", "Avvikelse", "Prognos"],
        [
          ["Stöd", 5110, 1200, 400, 410, -10, 1250],
          ["Stöd", 5410, 600, 200, 150, 40, 600],
        ],
      ),
    ]);
    expect(levelOf(json, "Stöd").outcome).toBe("560");
    expect(issuesOf(json, "deviation-column-disagrees")).toEqual([
      expect.objectContaining({ severity: "warning", sheet: "Underlag", cell: "F3" }),
    ]);
  });

  it("warns when the outcome is far from the share of the year: a month read as the period", () => {
    // Only "Utfall augusti" exists: one month of eight, read as the period (the single-month rule).
    const json = run([
      ledger(["Budget 2024", "Utfall augusti 2024", "Prognos"], [["Stöd", 5110, 1200, 100, 1250]]),
    ]);
    expect(levelOf(json, "Stöd").outcome).toBe("100");
    const [warning, ...more] = issuesOf(json, "outcome-share-off");
    expect(more).toEqual([]);
    expect(warning).toMatchObject({ severity: "warning", cell: "D1" });
    expect(warning?.message).toMatch(/bara en månad/);
  });
});
