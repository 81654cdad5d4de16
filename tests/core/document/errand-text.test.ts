import type { DocumentLayout } from "../../../src/core/document/document-layout";
import { layoutDocument } from "../../../src/core/document/layout-document";
import type { EngineResult } from "../../../src/core/engine";
import { summarySentences } from "../../../src/core/report/summary-text";
import { linkopingMonths } from "../report/comparison-results";
import { lommaResult, richLinkoping } from "./document-builder";

const M = "\u2212";

/** The paragraphs under Ärende, up to the next heading. */
function errand(layout: DocumentLayout): string[] {
  const at = layout.blocks.findIndex((b) => b.kind === "heading" && b.text === "Ärende");
  const out: string[] = [];
  for (const b of layout.blocks.slice(at + 1)) {
    if (b.kind !== "paragraph") break;
    out.push(b.runs.map((r) => r.text).join(""));
  }
  return out;
}

const errandOf = (result: EngineResult): string[] =>
  errand(layoutDocument({ result, generatedAt: "2023-09-11 10:00" }));

describe("Ärende, in the seeds' words", () => {
  it("Linköping, August: the forecast beside July's, the worsening and where it lies", async () => {
    const text = errandOf((await linkopingMonths()).august);
    expect(text[0]).toMatch(/^Resultatet per den 31 augusti visar ett underskott med 27,0 mnkr/);
    expect(text[1]).toContain(
      "Helårsprognosen efter juli visade ett underskott med 25,0 mnkr. Efter augusti är prognosen ett underskott med 35,0 mnkr " +
        `(1,9 procent av nettokostnadsbudgeten), en försämring med 10,0 mnkr som främst förklaras av LSS, SFB och HSL (${M}4,0 mnkr) och Barn och unga (${M}4,0 mnkr).`,
    );
  });

  it("every sentence is the report summary's own, in its order, so the sheet and the document read the same", async () => {
    const result = await richLinkoping();
    const paragraphs = errandOf(result);
    // the summary's largest explanations become the levels' own paragraphs; everything else is said as is
    const said = summarySentences(result).filter((x) => !x.startsWith("De största förklaringarna"));
    const levels = paragraphs.filter((p) => p.startsWith("Prognosen för "));
    expect(paragraphs.filter((p) => !levels.includes(p)).join(" ")).toBe(said.join(" "));
    // the year's forecast is said once, with the comparison
    expect(paragraphs.join(" ").match(/ett underskott med 35,0 mnkr/g)).toHaveLength(1);
  });

  it("the levels with the largest deviations, each with what it mainly depends on and what is not explained", async () => {
    const text = errandOf(await richLinkoping());
    expect(text).toContain(
      `Prognosen för LSS, SFB och HSL visar ett underskott med 23,0 mnkr. Det beror främst på OPI-ersättning till externa boenden över kompensationen (${M}14,0 mnkr) och ökad kostnad för assistans till Försäkringskassan (${M}9,0 mnkr).`,
    );
    expect(text).toContain(
      `Prognosen för Barn och unga visar ett underskott med 10,0 mnkr. Det beror främst på bemanningstjänster i mottagning och utredning (${M}6,0 mnkr). Av avvikelsen är ${M}4,0 mnkr ännu inte förklarat.`,
    );
    // three levels have paragraphs of their own, the largest deviations: not Vuxna (+7) or Gemensam administration (−1)
    expect(text.filter((p) => p.startsWith("Prognosen för "))).toHaveLength(3);
    expect(text.join(" ")).not.toMatch(/Prognosen för (Vuxna|Gemensam)/);
    // the unexplained part of the whole year, and of the change, stated as they are
    expect(text).toContain(`Av helårsavvikelsen är ${M}5,0 mnkr ännu inte förklarat.`);
    expect(text.join(" ")).toContain(`Av försämringen är ${M}2,0 mnkr ännu inte förklarat.`);
  });

  it("Lomma: the explanations working against a level's deviation are named too", async () => {
    const text = errandOf(await lommaResult());
    const hvo = text.find((p) => p.startsWith("Prognosen för Hälsa, vård och omsorg"));
    expect(hvo).toBe(
      `Prognosen för Hälsa, vård och omsorg visar ett underskott med 19,6 mnkr. Det beror främst på internt sparkrav för att hålla budget inom beslutad ram (${M}22,6 mnkr), ökade färdtjänstkostnader (${M}1,5 mnkr) och högre kostnader för hjälpmedel (${M}0,6 mnkr). ` +
        "Det motverkas delvis av vakanta tjänster i hemtjänst, dagverksamhet, rehab och myndighet (2,4 mnkr) och fler platser på särskilt boende med befintlig personal (2,0 mnkr).",
    );
  });

  it("a level without explanations says so, rather than nothing", async () => {
    const text = errandOf((await linkopingMonths()).august);
    expect(text).toContain(
      "Prognosen för LSS, SFB och HSL visar ett underskott med 23,0 mnkr. Ingen förklaring till avvikelsen är angiven.",
    );
  });
});
