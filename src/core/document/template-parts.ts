import type { DocumentBlock, DocumentLayout } from "./document-layout";
import { BACKGROUND_HEADING, DECISION_HEADING, ERRAND_HEADING, TABLES_HEADING } from "./layout-document";

/**
 * The placeholders a municipality's own Word template may hold, each a paragraph of its own whose whole
 * text is `{{name}}`, and what fills it. The headings of the default document ("Förslag till beslut",
 * "Ärende" …) are the template's own text: a placeholder brings its section's contents, not its heading.
 */
export const TEMPLATE_PLACEHOLDERS = {
  titel: "dokumentets titel, i mallens stil för rubrik 1",
  nämnd: "nämndens namn",
  datum: "dagens datum (ÅÅÅÅ-MM-DD)",
  beslut: "förslaget till beslut, som numrerad lista",
  ärende:
    "ärendets text: periodens resultat, prognosen, nivåerna med störst avvikelse, det som inte förklarats",
  tabeller: "alla tabeller, med beloppsnoten först",
  tabell_nivåer: "avvikelse per anslagsbindningsnivå",
  tabell_justeringar: "periodens resultat efter justeringar (när det finns justeringar)",
  tabell_förändring: "prognosens förändring per anslagsbindningsnivå (när rapporten jämför)",
  tabell_driftredovisning: "driftredovisning per kostnadsslag",
  tabell_investeringar: "investeringsredovisning (när det finns investeringar)",
  tabell_förklaringar: "viktigaste förklaringar, med Ej förklarat",
  tabell_förändringsförklaringar: "förklaringar till prognosförändringen (när sådana finns)",
  tabell_nyckeltal: "nyckeltal (när det finns nyckeltal)",
  bakgrund: "den markerade platsen för bakgrunden",
  dokument: "hela standarddokumentet, med rubriker",
} as const;

export type PlaceholderName = keyof typeof TEMPLATE_PLACEHOLDERS;

/**
 * Each table of the layout by the start of its caption (after "Tabell N. "): the captions layoutDocument
 * writes. A table none of them names stays in {{tabeller}} and {{dokument}} (a test holds every table
 * of a rich layout to one of them).
 */
const TABLES: readonly [PlaceholderName, string][] = [
  ["tabell_nivåer", "Avvikelse per anslagsbindningsnivå"],
  ["tabell_justeringar", "Periodens resultat efter justeringar"],
  ["tabell_förändring", "Prognosens förändring per anslagsbindningsnivå"],
  ["tabell_driftredovisning", "Driftredovisning per kostnadsslag"],
  ["tabell_investeringar", "Investeringsredovisning"],
  ["tabell_förklaringar", "Prognostiserad budgetavvikelse helår, viktigaste förklaringar"],
  ["tabell_förändringsförklaringar", "Förklaringar till prognosförändringen"],
  ["tabell_nyckeltal", "Nyckeltal"],
];

const SECTIONS: Record<string, PlaceholderName> = {
  [DECISION_HEADING]: "beslut",
  [ERRAND_HEADING]: "ärende",
  [TABLES_HEADING]: "tabeller",
  [BACKGROUND_HEADING]: "bakgrund",
};

const CAPTION_NUMBER = /^Tabell \d+\. /;

/** "{{ tabell_nivåer }}" → "tabell_nivåer": the name a paragraph's whole text asks for, known or not. */
export function placeholderIn(text: string): string | undefined {
  const found = /^\s*\{\{\s*([^{}]+?)\s*\}\}\s*$/u.exec(text);
  return found?.[1]?.normalize("NFC").toLowerCase();
}

export function isPlaceholderName(name: string): name is PlaceholderName {
  return Object.prototype.hasOwnProperty.call(TEMPLATE_PLACEHOLDERS, name);
}

/** The layout's blocks under each placeholder's name (an absent table: none). */
export function templateParts(layout: DocumentLayout): Record<PlaceholderName, DocumentBlock[]> {
  const parts = Object.fromEntries(
    Object.keys(TEMPLATE_PLACEHOLDERS).map((name) => [name, [] as DocumentBlock[]]),
  ) as Record<PlaceholderName, DocumentBlock[]>;
  parts.dokument = [...layout.blocks];
  let section: PlaceholderName | undefined;
  let table: PlaceholderName | undefined;
  let metas = 0;
  for (const block of layout.blocks) {
    if (block.kind === "heading") {
      table = undefined;
      if (block.level === 1) {
        parts.titel.push(block);
        section = undefined;
      } else if (block.level === 2) section = SECTIONS[block.text];
      else if (section) parts[section].push(block);
      continue;
    }
    if (block.kind === "paragraph" && block.style === "meta" && section === undefined) {
      parts[metas === 0 ? "nämnd" : "datum"].push(block);
      metas++;
      continue;
    }
    if (!section) continue;
    parts[section].push(block);
    if (section !== "tabeller") continue;
    if (block.kind === "table") {
      const caption = block.caption.replace(CAPTION_NUMBER, "");
      table = TABLES.find(([, start]) => caption.startsWith(start))?.[0];
    }
    // a table's own notes follow it
    if (table && (block.kind === "table" || (block.kind === "paragraph" && block.style === "note")))
      parts[table].push(block);
  }
  return parts;
}

/**
 * The blocks for the placeholders in the template's order, their tables numbered again in that order:
 * a template that shows two of the tables calls them Tabell 1 and Tabell 2.
 */
export function fillingsFor(layout: DocumentLayout, names: readonly PlaceholderName[]): DocumentBlock[][] {
  const parts = templateParts(layout);
  let number = 0;
  return names.map((name) =>
    parts[name].map((block) =>
      block.kind === "table"
        ? { ...block, caption: `Tabell ${++number}. ${block.caption.replace(CAPTION_NUMBER, "")}` }
        : block,
    ),
  );
}
