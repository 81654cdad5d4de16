import type {
  DocumentBlock,
  DocumentHeaderCell,
  DocumentLayout,
  DocumentRow,
  DocumentTable,
  Inline,
} from "../../core/document/document-layout";

/**
 * The tjänsteskrivelse as the clipboard carries it: HTML that Word keeps when it is pasted (h1–h3 become
 * its heading styles, a table's thead its repeating header rows), and the same text as plain text, table
 * cells separated by tabs. Only inline styles: a pasted fragment loses any style sheet and class. Every
 * text is escaped, so the user's own words ("<script>", "=SUMMA(") stay words. `body` is the document
 * without the page around it, for the pane to show what it copies.
 */
export type DocumentHtml = { html: string; body: string; text: string };

/** Word's own rule colour and weight for table borders: what it writes itself when it copies a table. */
const RULE = "solid windowtext 1.0pt";
const THIN_RULE = "solid windowtext 0.5pt";

export function renderDocumentHtml(layout: DocumentLayout): DocumentHtml {
  const family = `font-family:${cssFont(layout.font.family)}`;
  const fonts: Fonts = {
    body: `${family};font-size:${layout.font.sizePt}pt`,
    heading: (level) => `${family};font-size:${HEADING_SIZE[level]}pt`,
  };
  const font = fonts.body;
  const body = layout.blocks.map((block) => blockHtml(block, fonts)).join("\n");
  const html = [
    "<!DOCTYPE html>",
    '<html lang="sv">',
    `<head><meta charset="utf-8"><title>${escapeHtml(layout.properties.title)}</title></head>`,
    `<body style="${font}">`,
    body,
    "</body>",
    "</html>",
  ].join("\n");
  return { html, body, text: `${layout.blocks.map(blockText).join("\n\n")}\n` };
}

/** Text as HTML text and attribute values alike: nothing the user typed can become markup. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** "Calibri" → "Calibri, Arial, sans-serif": a fallback where the font is missing (a Mac without Office). */
function cssFont(family: string): string {
  const name = /^[\w -]+$/.test(family) ? family : `'${family.replace(/['\\]/g, "")}'`;
  return `${name}, Arial, sans-serif`;
}

/** Word's own sizes for Rubrik 1–3 (Calibri Light 16, 13, 12 pt), so a paste looks like its headings. */
const HEADING_SIZE = { 1: 16, 2: 13, 3: 12 } as const;

type Fonts = { body: string; heading: (level: 1 | 2 | 3) => string };

function blockHtml(block: DocumentBlock, fonts: Fonts): string {
  const font = fonts.body;
  switch (block.kind) {
    case "heading":
      return `<h${block.level} style="${fonts.heading(block.level)}">${escapeHtml(block.text)}</h${block.level}>`;
    case "paragraph":
      return `<p style="${font};${PARAGRAPH_STYLE[block.style ?? "body"]}">${inlinesHtml(block.runs)}</p>`;
    case "list": {
      const tag = block.ordered ? "ol" : "ul";
      const items = block.items.map((item) => `<li style="${font}">${inlinesHtml(item)}</li>`);
      return `<${tag} style="margin-top:0">\n${items.join("\n")}\n</${tag}>`;
    }
    case "table":
      return tableHtml(block, font);
  }
}

/** How each kind of paragraph looks; the placeholder is shaded so that nobody sends it as it is. */
const PARAGRAPH_STYLE = {
  body: "margin:0 0 8pt 0",
  meta: "margin:0;color:#404040",
  placeholder:
    "margin:0 0 8pt 0;font-style:italic;color:#7F6000;background:#FFF2CC;border:1px dashed #BF9000;padding:4pt",
  note: "margin:2pt 0 10pt 0;font-size:9pt;color:#404040",
} as const;

function inlinesHtml(runs: Inline[]): string {
  return runs
    .map((run) => {
      let html = escapeHtml(run.text);
      if (run.italic) html = `<i>${html}</i>`;
      if (run.bold) html = `<b>${html}</b>`;
      return html;
    })
    .join("");
}

function tableHtml(table: DocumentTable, font: string): string {
  const cell = `${font};padding:1pt 4pt;vertical-align:bottom`;
  const align = (column: number): string => table.columns[column]?.align ?? "left";
  const width = (column: number): string => `width:${table.columns[column]?.widthPercent ?? 0}%`;
  const headerRow = (row: DocumentHeaderCell[], last: boolean): string => {
    let column = 0;
    const cells = row.map((c) => {
      const span = c.span ?? 1;
      // a spanned heading is centred over its columns; a single one is aligned as its figures
      const textAlign = span > 1 ? "center" : align(column);
      const border = last ? `border-bottom:${RULE}` : `border-bottom:${THIN_RULE}`;
      const sized = span === 1 ? `;${width(column)}` : "";
      column += span;
      const colspan = span > 1 ? ` colspan="${span}"` : "";
      return `<th${colspan} style="${cell};font-weight:bold;text-align:${textAlign};${border}${sized}">${escapeHtml(c.text)}</th>`;
    });
    return `<tr>${cells.join("")}</tr>`;
  };
  const bodyRow = (row: DocumentRow): string => {
    const look = ROW_STYLE[row.kind];
    const cells = row.cells.map(
      (text, column) => `<td style="${cell};text-align:${align(column)}${look}">${escapeHtml(text)}</td>`,
    );
    return `<tr>${cells.join("")}</tr>`;
  };
  const cols = table.columns.map((_, column) => `<col style="${width(column)}">`).join("");
  return [
    `<p style="${font};margin:12pt 0 4pt 0;font-weight:bold">${escapeHtml(table.caption)}</p>`,
    `<table style="border-collapse:collapse;width:100%">`,
    `<colgroup>${cols}</colgroup>`,
    `<thead>`,
    ...table.header.map((row, i) => headerRow(row, i === table.header.length - 1)),
    `</thead>`,
    `<tbody>`,
    ...table.rows.map(bodyRow),
    `</tbody>`,
    `</table>`,
  ].join("\n");
}

/** A level's heading in bold; a subtotal and the total in bold with a rule above, as on the report sheets. */
const ROW_STYLE: Record<DocumentRow["kind"], string> = {
  line: "",
  group: ";font-weight:bold",
  subtotal: `;font-weight:bold;border-top:${THIN_RULE}`,
  total: `;font-weight:bold;border-top:${RULE}`,
};

function blockText(block: DocumentBlock): string {
  switch (block.kind) {
    case "heading":
      return block.text;
    case "paragraph":
      return inlinesText(block.runs);
    case "list":
      return block.items
        .map((item, i) => `${block.ordered ? `${i + 1}.` : "–"} ${inlinesText(item)}`)
        .join("\n");
    case "table":
      return [
        block.caption,
        // a spanned heading keeps its columns: the figures below stay under their headings
        ...block.header.map((row) =>
          row.map((c) => [c.text, ...Array<string>((c.span ?? 1) - 1).fill("")].join("\t")).join("\t"),
        ),
        ...block.rows.map((row) => row.cells.join("\t")),
      ].join("\n");
  }
}

function inlinesText(runs: Inline[]): string {
  return runs.map((run) => run.text).join("");
}
