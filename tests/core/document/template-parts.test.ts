import type { DocumentBlock } from "../../../src/core/document/document-layout";
import { layoutDocument } from "../../../src/core/document/layout-document";
import type { PlaceholderName } from "../../../src/core/document/template-parts";
import {
  TEMPLATE_PLACEHOLDERS,
  fillingsFor,
  placeholderIn,
  templateParts,
} from "../../../src/core/document/template-parts";
import { lommaResult, richLinkoping } from "./document-builder";

const text = (b: DocumentBlock): string =>
  b.kind === "heading"
    ? b.text
    : b.kind === "paragraph"
      ? b.runs.map((r) => r.text).join("")
      : b.kind === "list"
        ? b.items.map((i) => i.map((r) => r.text).join("")).join(" ")
        : b.caption;

describe("a template's placeholders", () => {
  it("are read from a paragraph's whole text, with spaces and in any case", () => {
    expect(placeholderIn("{{tabell_nivåer}}")).toBe("tabell_nivåer");
    expect(placeholderIn(" {{ Ärende }} ")).toBe("ärende");
    // Word may store å as a + combining ring: the name is compared as typed
    expect(placeholderIn("{{tabell_niva\u030aer}}")).toBe("tabell_nivåer");
    expect(placeholderIn("Se {{titel}}")).toBeUndefined();
    expect(placeholderIn("{{titel}} {{datum}}")).toBeUndefined();
  });

  it("Lomma: each part holds its section's contents, without the default document's headings", async () => {
    const layout = layoutDocument({ result: await lommaResult(), generatedAt: "2024-05-13 09:00" });
    const parts = templateParts(layout);
    const texts = (name: PlaceholderName) => parts[name].map(text);
    expect(texts("titel")).toEqual(["Delårsrapport per den 30 april med prognos för helår 2024"]);
    expect(parts.titel[0]).toMatchObject({ kind: "heading", level: 1 });
    expect(texts("nämnd")).toEqual(["Socialnämnden"]);
    expect(texts("datum")).toEqual(["2024-05-13"]);
    expect(parts.beslut).toEqual([
      {
        kind: "list",
        ordered: true,
        items: [
          [
            {
              text: "Delårsrapporten per den 30 april med prognos för helår 2024 godkänns och överlämnas till kommunstyrelsen.",
            },
          ],
        ],
      },
    ]);
    expect(texts("ärende")[0]).toMatch(/^Resultatet per den 30 april visar/);
    expect(parts.ärende.every((b) => b.kind === "paragraph")).toBe(true);
    expect(texts("bakgrund")).toEqual([expect.stringMatching(/^\[Skriv bakgrunden här/)]);
    expect(texts("tabell_nivåer")).toEqual(["Tabell 1. Avvikelse per anslagsbindningsnivå (tkr)"]);
    expect(texts("tabell_investeringar")[0]).toBe("Tabell 3. Investeringsredovisning (tkr)");
    expect(texts("tabell_investeringar")[1]).toMatch(/utgift/i);
    expect(texts("tabeller")[0]).toMatch(/^Belopp i tkr\./);
    expect(parts.dokument).toEqual(layout.blocks);
    for (const name of ["beslut", "ärende", "tabeller", "bakgrund"] as const)
      expect(parts[name].some((b) => b.kind === "heading")).toBe(false);
  });

  it("Linköping (every table but investments, which Lomma has): each table belongs to exactly one tabell_ placeholder, with its note", async () => {
    const layout = layoutDocument({ result: await richLinkoping(), generatedAt: "2023-09-12 09:00" });
    const parts = templateParts(layout);
    const tableNames = Object.keys(TEMPLATE_PLACEHOLDERS).filter((n): n is PlaceholderName =>
      n.startsWith("tabell_"),
    );
    const all = layout.blocks.filter((b) => b.kind === "table");
    expect(all.length).toBe(tableNames.length - 1);
    for (const table of all)
      expect({ table: table.caption, in: tableNames.filter((n) => parts[n].includes(table)).length }).toEqual(
        {
          table: table.caption,
          in: 1,
        },
      );
    for (const name of tableNames)
      if (name !== "tabell_investeringar") expect(parts[name][0]?.kind).toBe("table");
    // the explanations' note on what they are follows the change's table into its placeholder
    expect(parts.tabell_förändringsförklaringar.map((b) => b.kind)).toEqual(["table", "paragraph"]);
  });

  it("numbers the tables again in the template's order", async () => {
    const layout = layoutDocument({ result: await lommaResult(), generatedAt: "2024-05-13 09:00" });
    const [explanations, levels, none] = fillingsFor(layout, [
      "tabell_förklaringar",
      "tabell_nivåer",
      "tabell_nyckeltal",
    ]);
    expect(explanations?.[0] && text(explanations[0])).toMatch(/^Tabell 1\. Prognostiserad budgetavvikelse/);
    expect(levels?.[0] && text(levels[0])).toBe("Tabell 2. Avvikelse per anslagsbindningsnivå (tkr)");
    // Lomma has no key figures: the placeholder is filled with nothing
    expect(none).toEqual([]);
  });
});
