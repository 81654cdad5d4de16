import { execFile } from "node:child_process";
import { basename, join } from "node:path";
import { promisify } from "node:util";
import { convertWithLibreOffice } from "./libreoffice";

const run = promisify(execFile);

/** A document's text as LibreOffice prints it: converted to PDF, then `pdftotext -layout`. */
export async function printedText(docx: string): Promise<string> {
  const dir = await convertWithLibreOffice(docx, "pdf");
  const pdf = join(dir, `${basename(docx).replace(/\.docx$/, "")}.pdf`);
  const { stdout } = await run("pdftotext", ["-layout", "-enc", "UTF-8", pdf, "-"], { timeout: 60_000 });
  return stdout;
}

/** Figures compared as a reader sees them: U+2212 as "-", no-break and narrow no-break spaces as spaces. */
export function plainFigures(text: string): string {
  return text.replace(/\u2212/g, "-").replace(/[\u00a0\u202f]/g, " ");
}
