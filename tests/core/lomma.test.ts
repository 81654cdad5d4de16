import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runEngine } from "../../src/core/engine";
import { toResultJson } from "../../src/core/result-json";
import { readGridFile } from "../../src/io/xlsx/read-grid";

type Expected = {
  period: string;
  levels: Record<string, string>[];
  total: Record<string, string>;
  costTypes: Record<string, string>[];
};

const fixture = join(__dirname, "..", "fixtures", "lomma-2024-04.xlsx");
const expected = JSON.parse(
  readFileSync(join(__dirname, "..", "fixtures", "lomma-2024-04.expected.json"), "utf8"),
) as Expected;

describe("Lomma socialnämnd, delårsrapport 1 2024 (the published figures)", () => {
  let json: ReturnType<typeof toResultJson>;
  beforeAll(async () => {
    const grid = await readGridFile(fixture);
    json = toResultJson(runEngine({ workbook: grid }));
  });

  it("infers April 2024 from the headers", () => {
    expect(json.period).toBe("2024-04");
  });

  it("reports no errors", () => {
    expect(json.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it.each(expected.levels.map((l) => [l.name, l] as const))("level %s matches to the öre", (name, level) => {
    expect(json.levels.find((l) => l.name === name)).toMatchObject(level);
  });

  it("total matches", () => {
    expect(json.total).toMatchObject(expected.total);
  });

  it.each(expected.costTypes.map((c) => [c.name, c] as const))("cost type %s matches", (name, costType) => {
    expect(json.costTypes.find((c) => c.name === name)).toMatchObject(costType);
  });

  it("lists no cost type the published report lacks", () => {
    expect(json.costTypes.map((c) => c.name).sort()).toEqual(expected.costTypes.map((c) => c.name).sort());
  });

  it("reads the explanation list in tkr as kronor with the deviation's sign (domain.md, Lomma T1 2024)", () => {
    const published: [string, string, number][] = [
      ["Hälsa, vård och omsorg", "Internt sparkrav", -22_600],
      ["Hälsa, vård och omsorg", "Ökade färdtjänstkostnader", -1_500],
      ["Hälsa, vård och omsorg", "Högre kostnader för hjälpmedel", -600],
      ["Hälsa, vård och omsorg", "Konsultkostnader", -500],
      ["Hälsa, vård och omsorg", "Ökade intäkter för bostäder", 1_200],
      ["Hälsa, vård och omsorg", "Fler platser på särskilt boende", 2_000],
      ["Hälsa, vård och omsorg", "Vakanta tjänster i hemtjänst", 2_400],
      ["Individ- och familjeomsorg", "Vakanta tjänster", 2_100],
      ["Individ- och familjeomsorg", "Lägre kostnader för tolktjänster", 1_700],
      ["LSS", "Återbetalning för personlig assistans", 200],
      ["LSS", "Vakanta tjänster", 1_200],
    ];
    expect(json.explanations.map((e) => [e.level, e.amount])).toEqual(
      published.map(([level, , tkr]) => [level, String(tkr * 1000)]),
    );
    published.forEach(([, text], i) => expect(json.explanations[i]?.text.startsWith(text)).toBe(true));
    expect(json.explanations.map((e) => `${e.sheet}!${e.cell}`)).toEqual(
      published.map((_, i) => `Förklaringar!C${i + 2}`),
    );
  });

  it("reconciles each level's explanations with its forecast deviation (−19 600, 3 800, 1 400; −14 400 tkr)", () => {
    expect(json.levels.map((l) => [l.explained, l.unexplained])).toEqual([
      ["-19600000", "0"],
      ["3800000", "0"],
      ["1400000", "0"],
    ]);
    expect([json.total?.explained, json.total?.unexplained]).toEqual(["-14400000", "0"]);
  });
});

describe("Lomma: the deviations as a percentage of the net-cost budget", () => {
  it("gives each level's and the total's percentages exactly, and no comparison where nothing is kept", async () => {
    const json = toResultJson(runEngine({ workbook: await readGridFile(fixture) }));
    const hvo = json.levels.find((l) => l.name === "Hälsa, vård och omsorg");
    // −19 600 000 of 370 000 000, and −4 712 000 of 123 333 000: exact to 20 significant digits
    expect(hvo?.forecastDeviationPercent).toBe("-5.2972972972972972973");
    expect(hvo?.periodDeviationPercent).toBe("-3.8205508663536928478");
    expect(json.previousPeriod).toBeNull();
    expect(json.previousSource).toBeNull();
    expect(hvo?.previousForecast).toBeNull();
    expect(hvo?.forecastDeviationChange).toBeNull();
    expect(hvo?.lastYearOutcome).toBeNull();
    expect(hvo?.adjustedPeriodDeviation).toBe(hvo?.periodDeviation);
  });
});
