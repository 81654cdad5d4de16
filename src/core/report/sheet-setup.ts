import type { PageSetup, SheetProtection } from "./layout";

/**
 * How every report sheet is protected, decided once for both renderers. Any cell can be selected, so
 * a reviewer can click a figure and read its formula; columns and rows can be resized, so a long name
 * can be read in full; the chart can be selected, copied into the tjänsteskrivelse or moved (its
 * figures come from cells, which stay locked). Nothing else: no cell, format or order can change.
 */
export const REPORT_PROTECTION: SheetProtection = {
  select: "all",
  allow: ["formatColumns", "formatRows", "editObjects"],
};

/** A4 landscape, one page wide and as many tall as the rows need, with `printTitleRows` on every page. */
export function a4Landscape(printTitleRows?: string): PageSetup {
  return {
    orientation: "landscape",
    paperSize: "A4",
    fitTo: { width: 1, height: 0 },
    ...(printTitleRows ? { printTitleRows } : {}),
  };
}
