import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runEngine } from "../../src/core/engine";
import { toResultJson } from "../../src/core/result-json";
import { readWorkbookFile } from "../../src/io/xlsx/read-workbook";

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
    const { grid } = await readWorkbookFile(fixture);
    json = toResultJson(runEngine({ workbook: grid }));
  });

  it("infers April 2024 from the headers", () => {
    expect(json.period).toBe("2024-04");
  });

  it("reports no errors", () => {
    expect(json.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it.each(expected.levels.map((l) => [l.name, l] as const))("level %s matches to the öre", (name, level) => {
    expect(json.levels.find((l) => l.name === name)).toEqual(level);
  });

  it("total matches", () => {
    expect(json.total).toEqual(expected.total);
  });

  it.each(expected.costTypes.map((c) => [c.name, c] as const))("cost type %s matches", (name, costType) => {
    expect(json.costTypes.find((c) => c.name === name)).toEqual(costType);
  });

  it("lists no cost type the published report lacks", () => {
    expect(json.costTypes.map((c) => c.name).sort()).toEqual(expected.costTypes.map((c) => c.name).sort());
  });
});
