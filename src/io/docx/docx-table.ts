import type { IBorderOptions } from "docx";
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import type { DocumentRow, DocumentTable } from "../../core/document/document-layout";
import { STYLE } from "./docx-styles";

type Align = DocumentTable["columns"][number]["align"];

const RULE: IBorderOptions = { style: BorderStyle.SINGLE, size: 8, color: "000000" };
const THIN_RULE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const HAIRLINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 2, color: "BFBFBF" };
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: "auto" };

/** More columns than this, and the table is set a size smaller. */
const WIDE = 7;

/**
 * The caption above, then the table: its columns fixed at their share of the text width (a word
 * processor does not widen a column to its longest figure and push the table off the page), the header
 * rows repeated on every page and kept with the first line, figures right-aligned, group, subtotal and
 * total rows bold, subtotals and totals with a rule above.
 */
export function renderTable(table: DocumentTable, textWidth: number): (Paragraph | Table)[] {
  const widths = columnWidths(table, textWidth);
  const style = table.columns.length > WIDE ? STYLE.tableTextSmall : STYLE.tableText;
  const caption = new Paragraph({ style: STYLE.caption, children: [new TextRun(table.caption)] });
  const header = table.header.map(
    (cells, r) =>
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        keepNext: true,
        children: spans(cells, widths.length).map(({ text, from, span }) =>
          cell(text, {
            style,
            width: sum(widths, from, span),
            span,
            align: span > 1 ? "center" : (table.columns[from]?.align ?? "left"),
            bold: true,
            top: undefined,
            // the last header row is ruled off from the figures; a heading over several columns, from its own
            bottom: r === table.header.length - 1 ? THIN_RULE : span > 1 ? HAIRLINE : undefined,
          }),
        ),
      }),
  );
  const body = table.rows.map((row) => bodyRow(row, table, widths, style));
  return [
    caption,
    new Table({
      rows: [...header, ...body],
      width: { size: textWidth, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      margins: { left: 70, right: 70, top: 0, bottom: 0 },
      borders: {
        top: RULE,
        bottom: RULE,
        left: NONE,
        right: NONE,
        insideHorizontal: HAIRLINE,
        insideVertical: NONE,
      },
    }),
  ];
}

function bodyRow(row: DocumentRow, table: DocumentTable, widths: number[], style: string): TableRow {
  const bold = row.kind !== "line";
  const top = row.kind === "total" ? RULE : row.kind === "subtotal" ? THIN_RULE : undefined;
  return new TableRow({
    cantSplit: true,
    // a level's heading row stays with its first line
    keepNext: row.kind === "group",
    children: spans(
      row.cells.map((text) => ({ text })),
      widths.length,
    ).map(({ text, from, span }) =>
      cell(text, {
        style,
        width: sum(widths, from, span),
        span,
        align: table.columns[from]?.align ?? "left",
        bold,
        top,
        bottom: undefined,
      }),
    ),
  });
}

type CellLook = {
  style: string;
  width: number;
  span: number;
  align: Align | "center";
  bold: boolean;
  top: IBorderOptions | undefined;
  bottom: IBorderOptions | undefined;
};

function cell(text: string, look: CellLook): TableCell {
  const alignment =
    look.align === "right"
      ? AlignmentType.RIGHT
      : look.align === "center"
        ? AlignmentType.CENTER
        : AlignmentType.LEFT;
  return new TableCell({
    width: { size: look.width, type: WidthType.DXA },
    ...(look.span > 1 ? { columnSpan: look.span } : {}),
    verticalAlign: VerticalAlignTable.BOTTOM,
    ...(look.top || look.bottom
      ? {
          borders: {
            ...(look.top ? { top: look.top } : {}),
            ...(look.bottom ? { bottom: look.bottom } : {}),
          },
        }
      : {}),
    children: [
      new Paragraph({
        style: look.style,
        alignment,
        children: [new TextRun({ text, bold: look.bold })],
      }),
    ],
  });
}

/**
 * Where each cell starts and how many columns it covers. A row with fewer cells than the table has
 * columns (a level's name alone on its group row) lets its last cell run to the table's edge.
 */
function spans(
  cells: readonly { text: string; span?: number }[],
  columns: number,
): { text: string; from: number; span: number }[] {
  const placed: { text: string; from: number; span: number }[] = [];
  let from = 0;
  cells.forEach((c, i) => {
    const span = i === cells.length - 1 ? Math.max(1, columns - from) : Math.max(1, c.span ?? 1);
    placed.push({ text: c.text, from, span });
    from += span;
  });
  if (from > columns) throw new Error(`a table row covers ${from} columns, the table has ${columns}`);
  return placed;
}

/** Each column's share of the text width in twips; the rounding goes to the first column, so they add up. */
function columnWidths(table: DocumentTable, textWidth: number): number[] {
  const total = table.columns.reduce((s, c) => s + c.widthPercent, 0);
  const widths = table.columns.map((c) => Math.floor((c.widthPercent / total) * textWidth));
  const rest = textWidth - widths.reduce((s, w) => s + w, 0);
  if (widths.length > 0) widths[0] = (widths[0] ?? 0) + rest;
  return widths;
}

function sum(widths: readonly number[], from: number, span: number): number {
  return widths.slice(from, from + span).reduce((s, w) => s + w, 0);
}
