/**
 * The tjänsteskrivelse as data: headings, paragraphs, lists and tables with their text already set in
 * Swedish (figures formatted as the report sheets show them, with U+2212 for minus and a no-break space
 * between thousands). Pure code builds it from the engine's result, with the same text functions as the
 * report sheets, so a figure can never differ between a sheet and the document; renderers (.docx,
 * clipboard HTML) only translate it, and add nothing of its content.
 */
export type DocumentLayout = {
  page: DocumentPage;
  /** the body font; headings use the word processor's own heading styles (Rubrik 1–3) */
  font: { family: string; sizePt: number };
  /** the document's properties: its title, and who made it */
  properties: { title: string; subject: string; creator: string };
  /**
   * The line at the foot of every page: `text` on the left, and the page as "Sida 2 (5)" on the right
   * (`pageLabel` before the number; the word processor counts the pages, a renderer only asks it to).
   */
  footer: { text: string; pageLabel: string };
  blocks: DocumentBlock[];
};

export type DocumentPage = {
  size: "A4";
  orientation: "portrait";
  /** margins in millimetres */
  marginsMm: { top: number; right: number; bottom: number; left: number };
};

/** A run of text in a paragraph or a list item. */
export type Inline = { text: string; bold?: boolean; italic?: boolean };

export type DocumentBlock =
  /** level 1 is the document's title; 2 and 3 its sections (real heading styles: a navigation pane works) */
  | { kind: "heading"; level: 1 | 2 | 3; text: string }
  /**
   * "meta": the lines under the title (the committee, the date); "placeholder": a clearly marked place
   * for the economist's own words (Bakgrund); "note": small print under a table
   */
  | { kind: "paragraph"; runs: Inline[]; style?: "body" | "meta" | "placeholder" | "note" }
  | { kind: "list"; ordered: boolean; items: Inline[][] }
  | DocumentTable;

/**
 * A table of figures: the caption names it and its unit ("Tabell 1. … (tkr)"); the header rows repeat on
 * every page; figures are right-aligned text, formatted once here.
 */
export type DocumentTable = {
  kind: "table";
  caption: string;
  /** per column: its share of the text width in percent (they add up to 100) and its alignment */
  columns: { widthPercent: number; align: "left" | "right" }[];
  /** one or two header rows; a cell may span columns */
  header: DocumentHeaderCell[][];
  rows: DocumentRow[];
};

export type DocumentHeaderCell = { text: string; span?: number };

/** "group": a level's heading inside a table; "subtotal" and "total" rows are set in bold with a rule above. */
export type DocumentRow = { kind: "line" | "group" | "subtotal" | "total"; cells: string[] };
