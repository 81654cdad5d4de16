import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { printIssues } from "../../src/cli/print";
import { runEngine } from "../../src/core/engine";
import { issue } from "../../src/core/messages";
import type { SheetGrid } from "../../src/core/model/grid";
import type { SettingsOverride } from "../../src/core/settings/validate-settings";
import { usedColumns, withIssueChoice } from "../../src/taskpane/choices";
import { paneMessage } from "../../src/taskpane/pane-message";
import type { Analysis } from "../../src/taskpane/workflow";

const SRC = join(__dirname, "..", "..", "src");

/** A system export: two outcome columns no rule ranks above the other, the budget far to the right. */
const EXPORT: SheetGrid = {
  name: "Export",
  rows: [
    ["Belopp i kr"],
    ["Anslagsbindningsnivå", "Konto", "Utfall", "Utfall", "Prognos helår", "Text", "Text", "Budget 2024"],
    ["HVO", 5110, 3400, 3300, 10500, "", "", 10000],
  ],
};

function analysisOf(choices: SettingsOverride): Analysis {
  const output = runEngine({ workbook: { sheets: [EXPORT] }, settings: choices });
  return { grid: { sheets: [EXPORT] }, choices, output } as unknown as Analysis;
}

const flagWords = /--[a-z]/;
const paneWords = /\bunder (Underlag|Period|Förklaringar|Rapport)\b|i tillägget|åtgärdsfönstret/i;

describe("a message speaks to where its reader is", () => {
  it("in the pane: the engine's words and the pane's own fix, never a command-line flag", () => {
    const period = issue("period-unknown");
    expect(paneMessage(period)).toContain("under Period");
    expect(paneMessage(period)).not.toMatch(flagWords);
    const sources = [
      readFileSync(join(SRC, "core", "messages.ts"), "utf8"),
      ...readdirSync(join(SRC, "taskpane"))
        .filter((f) => /\.tsx?$/.test(f))
        .map((f) => readFileSync(join(SRC, "taskpane", f), "utf8")),
    ];
    for (const text of sources) expect(text).not.toMatch(/--(period|config|json|out)\b/);
  });

  it("on the command line: the flag to use, never a pane step", () => {
    const lines: string[] = [];
    const out = { log: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
    printIssues(out, [issue("period-unknown"), issue("sign-unknown")]);
    expect(lines[0]).toContain("--period ÅÅÅÅ-MM");
    expect(lines[1]).toContain('"inputSign" i --config');
    for (const line of lines) expect(line).not.toMatch(paneWords);
    const cli = readdirSync(join(SRC, "cli")).map((f) => readFileSync(join(SRC, "cli", f), "utf8"));
    for (const text of [readFileSync(join(SRC, "core", "messages.ts"), "utf8"), ...cli])
      expect(text).not.toMatch(paneWords);
  });
});

describe("an ambiguous column, fixed from its message", () => {
  it("carries both columns, and each choice reads that column with the rest still detected", () => {
    const before = analysisOf({});
    const ambiguous = before.output.issues.find((i) => i.code === "column-ambiguous");
    expect(ambiguous?.choices).toEqual({ role: "outcome", letters: ["C", "D"] });
    if (!ambiguous) return;
    const lines: string[] = [];
    printIssues({ log: () => undefined, err: (l) => lines.push(l) }, [ambiguous]);
    expect(lines[0]).toContain(
      'Det görs med "columns" i --config, till exempel { "Export": { "outcome": "C" } }.',
    );
    expect(lines[0]).not.toMatch(paneWords);
    const chosen = withIssueChoice(before, ambiguous, "D");
    expect(chosen).toEqual({ columns: { Export: { outcome: "D" } } });
    const after = analysisOf(chosen ?? {});
    expect(after.output.issues.filter((i) => i.code === "column-ambiguous")).toEqual([]);
    expect(after.output.settings.sheets?.[0]).toMatchObject({
      columns: { outcome: "D", annualBudget: "H", forecast: "E" },
    });
  });

  it("the preview marks the columns in use wherever they stand, the budget in H included", () => {
    const after = analysisOf({ columns: { Export: { outcome: "D" } } });
    const sheet = after.output.settings.sheets?.[0];
    if (!sheet) throw new Error("no sheet");
    const used = usedColumns(sheet);
    expect(used.get("H")).toEqual(["annualBudget"]);
    expect(used.get("D")).toEqual(["outcome"]);
    expect(used.get("A")).toEqual(["level"]);
    expect(used.has("F")).toBe(false);
  });
});
