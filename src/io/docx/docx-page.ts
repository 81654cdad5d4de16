import type { ISectionPropertiesOptions } from "docx";
import { PageOrientation } from "docx";
import type { DocumentPage } from "../../core/document/document-layout";

/** A4 in twips (twentieths of a point), as Word itself writes it: 210 × 297 mm. */
const A4 = { width: 11906, height: 16838 } as const;

/** Millimetres to twips, rounded: 1 inch = 25.4 mm = 1440 twips. */
export function mmToTwips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

/** The page's size, orientation and margins, as a section of the document sets them. */
export function pageProperties(page: DocumentPage): NonNullable<ISectionPropertiesOptions["page"]> {
  const m = page.marginsMm;
  return {
    // docx swaps width and height itself for a landscape page: portrait's are given as they are.
    size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT },
    margin: {
      top: mmToTwips(m.top),
      right: mmToTwips(m.right),
      bottom: mmToTwips(m.bottom),
      left: mmToTwips(m.left),
    },
  };
}

/** The width between the margins, in twips: a table fills it. */
export function textWidthTwips(page: DocumentPage): number {
  return A4.width - mmToTwips(page.marginsMm.left) - mmToTwips(page.marginsMm.right);
}
