import type { Row } from "./grid-builder";
import { errorsOf, figures, issuesOf, levelOf, run, sheet } from "./grid-builder";

const HEADER: Row = ["Anslagsbindningsnivå", "Konto", "Budget 2024", "Utfall jan–apr 2024", "Prognos helår"];
const ROWS: Row[] = [
  ["HVO", 5110, 1200, 412.5, 1250.25],
  ["HVO", 3110, -120, -40, -120],
];

function unitOf(json: ReturnType<typeof run>): string | undefined {
  const s = json.settings.sheets?.[0];
  return s && "unit" in s ? s.unit : undefined;
}

describe("units", () => {
  it("reads kronor, with öre, when nothing says otherwise", () => {
    const json = run([sheet("Underlag", [HEADER, ...ROWS])]);
    expect(unitOf(json)).toBe("kr");
    // Budget 1080, period 360; outcome 412,50 − 40; forecast 1250,25 − 120.
    expect(levelOf(json, "HVO")).toMatchObject(figures("1080", "360", "372.5", "1130.25", "-12.5", "-50.25"));
  });

  it.each(["Belopp i tkr", "Belopp i Tkr.", "Alla belopp i tkr", "(tkr)"])(
    "reads thousands when %j stands above the header",
    (note) => {
      const json = run([sheet("Underlag", [["Socialnämnden"], [note], [], HEADER, ...ROWS])]);
      expect(errorsOf(json)).toEqual([]);
      expect(unitOf(json)).toBe("tkr");
      expect(levelOf(json, "HVO")).toMatchObject(
        figures("1080000", "360000", "372500", "1130250", "-12500", "-50250"),
      );
    },
  );

  it.each<[string, string]>([
    ["Belopp i tusentals kronor", "tkr"],
    ["(Tusen kronor)", "tkr"],
    ["Belopp i miljoner kronor", "mkr"],
    ["Belopp i kronor", "kr"],
  ])("reads %j above the header as %s", (note, unit) => {
    const json = run([sheet("Underlag", [[note], HEADER, ...ROWS])]);
    expect(unitOf(json)).toBe(unit);
  });

  it('converts "Belopp i tusentals kronor" to kronor', () => {
    const json = run([sheet("Underlag", [["Belopp i tusentals kronor"], HEADER, ...ROWS])]);
    expect(levelOf(json, "HVO")).toMatchObject({ annualBudget: "1080000", outcome: "372500" });
  });

  it('reads millions when "Belopp i mkr" stands above the header', () => {
    const json = run([sheet("Underlag", [["Belopp i mkr"], HEADER, ...ROWS])]);
    expect(unitOf(json)).toBe("mkr");
    expect(levelOf(json, "HVO")).toMatchObject(
      figures("1080000000", "360000000", "372500000", "1130250000", "-12500000", "-50250000"),
    );
  });

  it('reads a unit written in a header: "Budget 2024 (tkr)"', () => {
    const header: Row = [
      "Anslagsbindningsnivå",
      "Konto",
      "Budget 2024 (tkr)",
      "Utfall jan–apr 2024 (tkr)",
      "Prognos (tkr)",
    ];
    const json = run([sheet("Underlag", [header, ...ROWS])]);
    expect(unitOf(json)).toBe("tkr");
    expect(levelOf(json, "HVO")).toMatchObject({ annualBudget: "1080000", outcome: "372500" });
    expect(json.period).toBe("2024-04");
  });

  it('reads "mkr" at the end of a header', () => {
    const header: Row = [
      "Anslagsbindningsnivå",
      "Konto",
      "Budget 2024 mkr",
      "Utfall jan–apr 2024 mkr",
      "Prognos, mkr",
    ];
    const json = run([sheet("Underlag", [header, ["HVO", 5110, 1.2, 0.45, 1.25]])]);
    expect(unitOf(json)).toBe("mkr");
    expect(levelOf(json, "HVO")).toMatchObject(
      figures("1200000", "400000", "450000", "1250000", "-50000", "-50000"),
    );
  });

  it("lets a unit in the header win over a note above it", () => {
    const header: Row = [
      "Anslagsbindningsnivå",
      "Konto",
      "Budget 2024 (tkr)",
      "Utfall jan–apr 2024 (tkr)",
      "Prognos (tkr)",
    ];
    const json = run([sheet("Underlag", [["Belopp i kr"], header, ...ROWS])]);
    expect(unitOf(json)).toBe("tkr");
  });

  it("reads each sheet in its own unit: budget in tkr, outcome in kronor", () => {
    const budget = sheet("Budget", [
      ["Belopp i tkr"],
      ["Anslagsbindningsnivå", "Konto", "Budget 2024"],
      ["HVO", 5110, 1.2],
    ]);
    const outcome = sheet("Utfall", [
      ["Anslagsbindningsnivå", "Konto", "Utfall jan–apr 2024", "Prognos"],
      ["HVO", 5110, 412.5, 1250],
    ]);
    const json = run([budget, outcome]);
    expect(errorsOf(json)).toEqual([]);
    // Budget 1,2 tkr = 1200 kr, 4/12 = 400.
    expect(levelOf(json, "HVO")).toMatchObject(figures("1200", "400", "412.5", "1250", "-12.5", "-50"));
    // The outcome sheet states no unit beside a budget in tkr: read in kronor, with a warning at its header.
    expect(issuesOf(json, "unit-assumed")).toEqual([
      expect.objectContaining({ severity: "warning", sheet: "Utfall", cell: "A1" }),
    ]);
  });

  it("does not warn about an unstated unit when no sheet states another", () => {
    const budget = sheet("Budget", [
      ["Anslagsbindningsnivå", "Konto", "Budget 2024"],
      ["HVO", 5110, 1200],
    ]);
    const outcome = sheet("Utfall", [
      ["Anslagsbindningsnivå", "Konto", "Utfall jan–apr 2024", "Prognos"],
      ["HVO", 5110, 412.5, 1250],
    ]);
    expect(issuesOf(run([budget, outcome]), "unit-assumed")).toEqual([]);
  });

  it("reads amounts stored as Swedish text: spaces, no-break spaces, decimal comma, true minus", () => {
    const json = run([
      sheet("Underlag", [
        ["Belopp i tkr"],
        HEADER,
        ["HVO", "5110", "1 200", "412,5", "1\u00a0250,25"],
        ["HVO", "3110", "\u2212120", "\u221240", "-120"],
      ]),
    ]);
    expect(errorsOf(json)).toEqual([]);
    expect(levelOf(json, "HVO")).toMatchObject(
      figures("1080000", "360000", "372500", "1130250", "-12500", "-50250"),
    );
  });

  it("keeps amounts in kronor exact to the öre where binary floating point would not", () => {
    const rows: Row[] = [
      ["HVO", 5110, 0.1, 0.1, 0.1],
      ["HVO", 5111, 0.2, 0.2, 0.2],
    ];
    const json = run([sheet("Underlag", [HEADER, ...rows])]);
    // 0,1 + 0,2 = 0,30 exactly; period budget 0,30 × 4/12 = 0,10.
    expect(levelOf(json, "HVO")).toMatchObject(figures("0.3", "0.1", "0.3", "0.3", "-0.2", "0"));
  });
});
