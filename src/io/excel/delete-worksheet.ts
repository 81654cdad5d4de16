/**
 * Deletes a worksheet. Excel refuses to delete a very hidden sheet (Worksheet.delete's reference: it
 * fails with InvalidOperation; make it hidden or visible first), and a sheet the product deletes may be
 * very hidden: its own state sheet is, and a user or a macro may have hidden a report sheet so. So the
 * sheet is made visible first, in the same batch (a no-op for a visible sheet). Visible rather than
 * hidden: Excel refuses to hide the last visible sheet, and has no such rule for showing one.
 */
export function deleteWorksheet(ws: Excel.Worksheet): void {
  ws.visibility = "Visible";
  ws.delete();
}
