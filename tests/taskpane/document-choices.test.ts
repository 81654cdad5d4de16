import type { DocumentLayout } from "../../src/core/document/document-layout";
import { layoutDocument } from "../../src/core/document/layout-document";
import { runEngine } from "../../src/core/engine";
import type { SheetGrid } from "../../src/core/model/grid";
import type { ReportContext } from "../../src/core/report/header-block";
import type { SettingsOverride } from "../../src/core/settings/validate-settings";
import { validateSettings } from "../../src/core/settings/validate-settings";
import {
  interimMonthsOf,
  madeTexts,
  withDocumentSettings,
  withDocumentText,
  withInterimMonth,
} from "../../src/taskpane/document-choices";

const LEDGER: SheetGrid = {
  name: "Underlag",
  rows: [
    ["Belopp i tkr"],
    ["Anslagsbindningsnivå", "Konto", "Budget 2024", "Utfall jan–mar 2024", "Prognos helår"],
    ["HVO", 5110, 10000, 2400, 10500],
    ["IFO", 5110, 8000, 2100, 7900],
  ],
};

/** March 2024's report as generated with `choices`: what the pane's document section is given. */
function report(choices: SettingsOverride = {}): ReportContext {
  const out = runEngine({ workbook: { sheets: [LEDGER] }, settings: { period: "2024-03", ...choices } });
  if (!out.result) throw new Error(out.issues.map((i) => i.message).join("\n"));
  return { result: out.result, generatedAt: "2024-04-12 09:00" };
}

/** The document as the section makes it: the report generated, the user's choices of now over it. */
const shown = (generated: ReportContext, choices: SettingsOverride): DocumentLayout =>
  layoutDocument(withDocumentSettings(generated, choices.document));

const h1 = (layout: DocumentLayout): string[] =>
  layout.blocks.flatMap((b) => (b.kind === "heading" && b.level === 1 ? [b.text] : []));
const decision = (layout: DocumentLayout): string => {
  const at = layout.blocks.findIndex((b) => b.kind === "heading" && b.text === "Förslag till beslut");
  const next = layout.blocks[at + 1];
  return next?.kind === "list" ? (next.items[0] ?? []).map((r) => r.text).join("") : "";
};
const tables = (layout: DocumentLayout): string =>
  JSON.stringify(layout.blocks.filter((b) => b.kind === "table"));

describe("Delårsrapport efter: the months ticked in the pane", () => {
  it("shows April and August as chosen when the user has chosen nothing", () => {
    expect(interimMonthsOf({})).toEqual([4, 8]);
  });

  it("March ticked: the March report becomes a delårsrapport at once, with the same figures", () => {
    const generated = report();
    const before = shown(generated, {});
    expect(h1(before)).toEqual(["Månadsuppföljning mars 2024"]);

    const choices = withInterimMonth({}, 3, true);
    expect(choices.document).toEqual({ interimMonths: [3, 4, 8] });
    const after = shown(generated, choices);
    expect(h1(after)).toEqual(["Delårsrapport per den 31 mars med prognos för helår 2024"]);
    expect(decision(after)).toBe(
      "Delårsrapporten per den 31 mars med prognos för helår 2024 godkänns och överlämnas till kommunstyrelsen.",
    );
    expect(after.properties.title).toBe("Delårsrapport per den 31 mars med prognos för helår 2024");
    expect(tables(after)).toBe(tables(before));
  });

  it("March ticked off again: back at the default, nothing is left among the choices to save", () => {
    const on = withInterimMonth({ compareWith: "2024-02" }, 3, true);
    expect(withInterimMonth(on, 3, false)).toEqual({ compareWith: "2024-02" });
  });

  it("April ticked off: only August, and the other document choices are kept", () => {
    const choices = withInterimMonth({ document: { title: "Egen", template: "mall.docx" } }, 4, false);
    expect(choices.document).toEqual({ title: "Egen", template: "mall.docx", interimMonths: [8] });
    expect(withInterimMonth(withInterimMonth({}, 4, false), 8, false).document).toEqual({
      interimMonths: [],
    });
  });
});

describe("Rubrik and Beslut: typed in the pane, or left empty for the made ones", () => {
  const generated = report();

  it("an empty title (or only spaces) is the made title: no title choice is kept", () => {
    const typed = withDocumentText({}, "title", "Budgetuppföljning");
    expect(withDocumentText(typed, "title", "")).toEqual({});
    expect(withDocumentText(typed, "title", "   ")).toEqual({});
    expect(h1(shown(generated, withDocumentText(typed, "title", "")))).toEqual([
      "Månadsuppföljning mars 2024",
    ]);
  });

  it("a typed title is the heading and is named in the decision; typed as it comes, space and all", () => {
    const choices = withDocumentText({}, "title", "Budgetuppföljning per mars ");
    expect(choices.document?.title).toBe("Budgetuppföljning per mars ");
    const layout = shown(generated, choices);
    expect(h1(layout)).toEqual(["Budgetuppföljning per mars"]);
    expect(decision(layout)).toBe("Budgetuppföljning per mars godkänns och överlämnas till kommunstyrelsen.");
  });

  it("a typed decision replaces the sentence; empty brings the made one back", () => {
    const own = "Nämnden godkänner uppföljningen.";
    const choices = withDocumentText({}, "decision", own);
    expect(decision(shown(generated, choices))).toBe(own);
    expect(decision(shown(generated, withDocumentText(choices, "decision", "")))).toBe(
      "Månadsuppföljningen mars 2024 godkänns och överlämnas till kommunstyrelsen.",
    );
  });

  it("the placeholders are the made texts, following the months and the typed title", () => {
    expect(madeTexts(generated, undefined)).toEqual({
      title: "Månadsuppföljning mars 2024",
      decision: "Månadsuppföljningen mars 2024 godkänns och överlämnas till kommunstyrelsen.",
    });
    const choices = withDocumentText(withInterimMonth({}, 3, true), "title", "Egen rubrik");
    expect(madeTexts(generated, withDocumentText(choices, "decision", "Eget beslut.").document)).toEqual({
      title: "Delårsrapport per den 31 mars med prognos för helår 2024",
      decision: "Egen rubrik godkänns och överlämnas till kommunstyrelsen.",
    });
  });

  it("the choices changed after the report was generated win over the ones it was generated with", () => {
    const generatedWith = report({ document: { title: "Gammal rubrik", interimMonths: [3] } });
    expect(h1(layoutDocument(generatedWith))).toEqual(["Gammal rubrik"]);
    expect(h1(shown(generatedWith, {}))).toEqual(["Månadsuppföljning mars 2024"]);
  });
});

describe("the document choices, saved with the next report", () => {
  it("are settings the command line reads back: validateSettings keeps them, trimmed, with no issue", () => {
    let choices: SettingsOverride = { compareWith: "2024-02" };
    choices = withInterimMonth(choices, 3, true);
    choices = withDocumentText(choices, "title", "Delårsrapport mars ");
    choices = withDocumentText(choices, "decision", "Nämnden godkänner delårsrapporten.");
    const { override, issues } = validateSettings(JSON.parse(JSON.stringify(choices)));
    expect(issues).toEqual([]);
    expect(override.document).toEqual({
      interimMonths: [3, 4, 8],
      title: "Delårsrapport mars",
      decision: "Nämnden godkänner delårsrapporten.",
    });
  });

  it("emptied texts leave nothing that validateSettings would refuse", () => {
    const emptied = withDocumentText(withDocumentText({}, "title", "X"), "title", " ");
    expect(validateSettings(JSON.parse(JSON.stringify(emptied))).issues).toEqual([]);
  });
});
