import { layoutDocument } from "../../../src/core/document/layout-document";
import { decisionSentence, documentTitle } from "../../../src/core/document/title";
import type { SettingsOverride } from "../../../src/core/settings/validate-settings";
import { resultFrom } from "../report/comparison-results";
import type { Row } from "../report/report-builder";
import { LEDGER_HEADER } from "../report/report-builder";

const ROWS: Row[] = [
  ["HVO", 5110, 12000, 3100, 12400],
  ["IFO", 5110, 6000, 1400, 5900],
];

/** A small ledger closed through `month` of 2024 (the outcome column names the months). */
function resultIn(month: "jan–mar" | "jan–apr" | "jan–aug", settings?: SettingsOverride) {
  const header = LEDGER_HEADER.map((h) => (h === "Utfall jan–apr 2024" ? `Utfall ${month} 2024` : h));
  return resultFrom(
    { sheets: [{ name: "Underlag", rows: [["Belopp i tkr"], header, ...ROWS] }] },
    undefined,
    settings,
  );
}

const headingOf = (settings?: SettingsOverride, month: "jan–mar" | "jan–apr" | "jan–aug" = "jan–apr") => {
  const layout = layoutDocument({ result: resultIn(month, settings), generatedAt: "2024-05-13 09:00" });
  const first = layout.blocks[0];
  return first?.kind === "heading" && first.level === 1 ? first.text : undefined;
};

describe("the document's title follows the period", () => {
  it("April and August are delårsrapporter by default, as in Lomma and Linköping", () => {
    expect(headingOf()).toBe("Delårsrapport per den 30 april med prognos för helår 2024");
    expect(headingOf(undefined, "jan–aug")).toBe(
      "Delårsrapport per den 31 augusti med prognos för helår 2024",
    );
  });

  it("another month is a månadsuppföljning", () => {
    expect(headingOf(undefined, "jan–mar")).toBe("Månadsuppföljning mars 2024");
  });

  it("March is a delårsrapport when the settings make it one (Linköping's seed 000)", () => {
    expect(headingOf({ document: { interimMonths: [3, 8] } }, "jan–mar")).toBe(
      "Delårsrapport per den 31 mars med prognos för helår 2024",
    );
    // and April then is not
    expect(headingOf({ document: { interimMonths: [3, 8] } })).toBe("Månadsuppföljning april 2024");
  });

  it("the settings' title is the title, and the document's property", () => {
    const result = resultIn("jan–apr", { document: { title: "Ekonomisk uppföljning april 2024" } });
    expect(documentTitle(result)).toBe("Ekonomisk uppföljning april 2024");
    const layout = layoutDocument({ result, generatedAt: "2024-05-13 09:00" });
    expect(layout.properties.title).toBe("Ekonomisk uppföljning april 2024");
    expect(layout.properties.creator).toBe("Budgetrapport");
  });

  it("the committee and the date follow the title", () => {
    const layout = layoutDocument({
      result: resultIn("jan–apr", { committee: "Socialnämnden" }),
      generatedAt: "2024-05-13 09:00",
    });
    expect(layout.blocks.slice(1, 3)).toEqual([
      { kind: "paragraph", runs: [{ text: "Socialnämnden" }], style: "meta" },
      { kind: "paragraph", runs: [{ text: "2024-05-13" }], style: "meta" },
    ]);
  });
});

describe("Förslag till beslut", () => {
  const decisionOf = (settings?: SettingsOverride, month: "jan–mar" | "jan–apr" = "jan–apr") => {
    const layout = layoutDocument({ result: resultIn(month, settings), generatedAt: "2024-05-13 09:00" });
    const at = layout.blocks.findIndex((b) => b.kind === "heading" && b.text === "Förslag till beslut");
    return layout.blocks[at + 1];
  };

  it("is the standard sentence in a numbered list, the report named as the seeds name it", () => {
    expect(decisionOf()).toEqual({
      kind: "list",
      ordered: true,
      items: [
        [
          {
            text: "Delårsrapporten per den 30 april med prognos för helår 2024 godkänns och överlämnas till kommunstyrelsen.",
          },
        ],
      ],
    });
    const month = decisionOf(undefined, "jan–mar");
    expect(month?.kind === "list" && month.items[0]?.[0]?.text).toBe(
      "Månadsuppföljningen mars 2024 godkänns och överlämnas till kommunstyrelsen.",
    );
  });

  it("names the settings' own title, and is the settings' own sentence when there is one", () => {
    expect(decisionSentence(resultIn("jan–apr", { document: { title: "Uppföljning april" } }))).toBe(
      "Uppföljning april godkänns och överlämnas till kommunstyrelsen.",
    );
    const own = decisionOf({ document: { decision: "Nämnden godkänner uppföljningen." } });
    expect(own?.kind === "list" && own.items).toEqual([[{ text: "Nämnden godkänner uppföljningen." }]]);
  });
});

describe("a title or decision typed over several lines", () => {
  it("is one line in the document", () => {
    const base = resultIn("jan–apr");
    const result = {
      ...base,
      settings: {
        ...base.settings,
        document: { title: "Delårsrapport\n april  2024 ", decision: "Rapporten\ngodkänns." },
      },
    };
    const layout = layoutDocument({ result, generatedAt: "2024-05-13 09:00" });
    expect(layout.blocks[0]).toEqual({ kind: "heading", level: 1, text: "Delårsrapport april 2024" });
    expect(layout.blocks.find((b) => b.kind === "list")).toEqual({
      kind: "list",
      ordered: true,
      items: [[{ text: "Rapporten godkänns." }]],
    });
  });
});
