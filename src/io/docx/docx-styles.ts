import type { INumberingOptions, IStylesOptions } from "docx";
import { AlignmentType, LevelFormat } from "docx";
import type { DocumentLayout } from "../../core/document/document-layout";

/** The paragraph styles of our own, by id; their names are Swedish, as the economist sees them in Word. */
export const STYLE = {
  meta: "Metarad",
  placeholder: "Platshallare",
  note: "Tabellnot",
  tableText: "Tabelltext",
  tableTextSmall: "TabelltextLiten",
  caption: "Caption",
  footer: "Sidfot",
} as const;

/** The numbering of ordered lists; each list is an instance of it, and so starts at 1. */
export const ORDERED_LIST = "numrerad-lista";
export const BULLET_LIST = "punktlista";

const BLACK = "000000";
const GREY = "595959";

/** Points to the half-points docx measures font sizes in. */
function halfPoints(pt: number): number {
  return Math.round(pt * 2);
}

/**
 * The document's styles. Normal carries the body font and the Swedish language, so every paragraph
 * is spell-checked and hyphenated as Swedish. The headings are Word's own heading 1–3 (Rubrik 1–3 in a
 * Swedish Word), with their outline levels, so the navigation pane and a table of contents find them;
 * the caption is Word's own caption (Beskrivning). Every style names the font, so a word processor
 * that lacks the theme's fonts still sets the text in the layout's.
 */
export function documentStyles(layout: DocumentLayout): IStylesOptions {
  const font = layout.font.family;
  const body = layout.font.sizePt;
  const heading = (sizePt: number, level: number, beforePt: number, afterPt: number) => ({
    // the name Word itself writes, by which it knows its own style (and shows it as Rubrik 1–3)
    name: `heading ${level + 1}`,
    run: { font, size: halfPoints(sizePt), bold: true, italics: false, color: BLACK },
    paragraph: {
      outlineLevel: level,
      keepNext: true,
      keepLines: true,
      spacing: { before: beforePt * 20, after: afterPt * 20 },
    },
  });
  return {
    default: {
      document: {
        run: { font, size: halfPoints(body), language: { value: "sv-SE" } },
        paragraph: { spacing: { after: 120, line: 264 } },
      },
      heading1: heading(body + 5, 0, 0, 6),
      heading2: heading(body + 2, 1, 18, 6),
      heading3: heading(body, 2, 12, 4),
      caption: {
        run: { font, size: halfPoints(body - 1), bold: true, italics: false, color: BLACK },
        paragraph: { keepNext: true, keepLines: true, spacing: { before: 240, after: 80 } },
      },
    },
    paragraphStyles: [
      {
        id: STYLE.meta,
        name: "Metarad",
        basedOn: "Normal",
        next: "Normal",
        quickFormat: true,
        run: { font, size: halfPoints(body), color: GREY },
        paragraph: { spacing: { after: 0 } },
      },
      {
        // Marked three ways, so that it is seen on the screen and on a grey printout alike.
        id: STYLE.placeholder,
        name: "Platshållare",
        basedOn: "Normal",
        next: "Normal",
        quickFormat: true,
        run: { font, italics: true, color: GREY },
        paragraph: {
          shading: { type: "clear", color: "auto", fill: "FFF2CC" },
          border: { left: { style: "single", size: 18, color: "BF9000", space: 6 } },
          spacing: { before: 60, after: 180 },
        },
      },
      {
        id: STYLE.note,
        name: "Tabellnot",
        basedOn: "Normal",
        next: "Normal",
        run: { font, size: halfPoints(body - 2), color: GREY },
        paragraph: { spacing: { before: 60, after: 200 } },
      },
      {
        id: STYLE.footer,
        name: "Sidfot",
        basedOn: "Normal",
        run: { font, size: halfPoints(body - 2), color: GREY },
        paragraph: { spacing: { before: 0, after: 0 } },
      },
      {
        // A size smaller than the body: a table of seven figure columns still fits the page's width.
        id: STYLE.tableText,
        name: "Tabelltext",
        basedOn: "Normal",
        run: { font, size: halfPoints(body - 1) },
        paragraph: { spacing: { before: 20, after: 20, line: 240 } },
      },
      {
        // for a table of more than seven columns (the comparison's two more): a name still fits its column
        id: STYLE.tableTextSmall,
        name: "Tabelltext, liten",
        basedOn: STYLE.tableText,
        run: { font, size: halfPoints(body - 2) },
      },
    ],
  };
}

/** The lists' marks, "1.", "2.", … or "•", hanging from the left margin alike. */
export function documentNumbering(): INumberingOptions {
  const level = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({
    level: 0,
    format,
    text,
    alignment: AlignmentType.START,
    style: { paragraph: { indent: { left: 360, hanging: 360 } } },
  });
  return {
    config: [
      { reference: ORDERED_LIST, levels: [level(LevelFormat.DECIMAL, "%1.")] },
      { reference: BULLET_LIST, levels: [level(LevelFormat.BULLET, "\u2022")] },
    ],
  };
}
