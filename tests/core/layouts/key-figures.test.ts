import { validateSettings } from "../../../src/core/settings/validate-settings";
import type { ResultJson } from "../../../src/core/result-json";
import type { Row } from "./grid-builder";
import { errorsOf, run, sheet } from "./grid-builder";

const LEDGER = sheet("Underlag", [
  ["Belopp i tkr"],
  ["Anslagsbindningsnivå", "Konto", "Budget 2024", "Utfall jan–apr 2024", "Prognos helår"],
  ["HVO", 5010, 1200, 400, 1250],
  ["HVO", 3010, -200, -70, -200],
  ["LSS", 5010, 600, 190, 580],
]);

/** A table of measures with every heading a ledger has: Budget, Utfall, Prognos, and an "Enhet". */
const nyckeltal = (header: Row, name = "Nyckeltal"): ReturnType<typeof sheet> =>
  sheet(name, [
    ["Socialnämnden – nyckeltal"],
    header,
    ["Antal platser särskilt boende", "st", 412, 410, 398, 405, 401],
    ["Vårddygn korttidsboende", "dygn", 5000, 1650, 1580, 4900, 4810],
    ["Hushåll med ekonomiskt bistånd", "st", 300, 310, 290, 320, 295],
  ]);

const HEADERS: Row[] = [
  [
    "Nyckeltal",
    "Enhet",
    "Budget 2024",
    "Utfall jan–apr 2024",
    "Utfall jan–apr 2023",
    "Prognos helår",
    "Bokslut 2023",
  ],
  ["Mått", "Enhet", "Plan", "Utfall 2404", "Utfall 2304", "Prognos", "Utfall 2023"],
  ["Volym", "Enhet", "Budget", "Utfall", "Utfall samma period fg år", "Prognos helår", "Utfall fg år"],
];

/** Everything the result says about money. */
const money = (json: ResultJson): unknown => ({
  period: json.period,
  levels: json.levels,
  total: json.total,
  costTypes: json.costTypes,
  explanations: json.explanations,
  investments: json.investments,
  errors: errorsOf(json),
});

describe("key figures are not money", () => {
  const without = run([LEDGER]);

  it.each(HEADERS)("a sheet headed %s … leaves every money figure exactly as without it", (...header) => {
    const withKeyFigures = run([LEDGER, nyckeltal(header)]);
    expect(errorsOf(without)).toEqual([]);
    expect(money(withKeyFigures)).toEqual(money(without));
    expect(withKeyFigures.settings?.sheets?.find((s) => s.name === "Nyckeltal")?.role).toBe("keyFigures");
  });

  it("stays out of the sums wherever it stands, before the ledger too", () => {
    const header = HEADERS[0] ?? [];
    expect(money(run([nyckeltal(header, "Blad1"), LEDGER]))).toEqual(money(without));
  });

  it("is kept in the settings the run reports, which read back as valid settings", () => {
    const json = run([LEDGER, nyckeltal(HEADERS[0] ?? [])]);
    const { override, issues } = validateSettings(json.settings);
    expect(issues).toEqual([]);
    expect(override.sheets?.find((s) => s.name === "Nyckeltal")).toEqual({
      name: "Nyckeltal",
      role: "keyFigures",
      headerRow: 2,
      columns: {
        name: "A",
        unit: "B",
        plan: "C",
        outcome: "D",
        lastYearOutcome: "E",
        forecast: "F",
        lastYearAnnual: "G",
      },
    });
    const again = run([LEDGER, nyckeltal(HEADERS[0] ?? [])], { settings: override });
    expect(money(again)).toEqual(money(without));
  });
});
