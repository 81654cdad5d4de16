/**
 * Text as XML character data and attribute values alike (the .xlsx chart parts, the .docx template's
 * parts): nothing a user typed can become markup.
 */
export function escapeXml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}
