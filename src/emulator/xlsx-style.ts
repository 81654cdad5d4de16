/** Cell formats between the emulator's CellFormat and exceljs's styles (what .xlsx files hold). */
import type ExcelJS from "exceljs";
import type {
  BorderEdge,
  BorderFormat,
  BorderStyle,
  BorderWeight,
  CellFormat,
  HorizontalAlignment,
} from "./model";
import { DEFAULT_FORMAT } from "./model";

const ALIGN_IN: Record<string, HorizontalAlignment> = {
  left: "Left",
  center: "Center",
  right: "Right",
  fill: "Fill",
  justify: "Justify",
  centerContinuous: "CenterAcrossSelection",
  distributed: "Distributed",
};
const ALIGN_OUT: Partial<Record<HorizontalAlignment, ExcelJS.Alignment["horizontal"]>> = {
  Left: "left",
  Center: "center",
  Right: "right",
  Fill: "fill",
  Justify: "justify",
  CenterAcrossSelection: "centerContinuous",
  Distributed: "distributed",
};

/** .xlsx border styles are one name for line and weight; Excel's API splits them. */
const BORDER_IN: Record<ExcelJS.BorderStyle, [BorderStyle, BorderWeight]> = {
  hair: ["Continuous", "Hairline"],
  thin: ["Continuous", "Thin"],
  medium: ["Continuous", "Medium"],
  thick: ["Continuous", "Thick"],
  dotted: ["Dot", "Thin"],
  dashed: ["Dash", "Thin"],
  mediumDashed: ["Dash", "Medium"],
  dashDot: ["DashDot", "Thin"],
  mediumDashDot: ["DashDot", "Medium"],
  dashDotDot: ["DashDotDot", "Thin"],
  mediumDashDotDot: ["DashDotDot", "Medium"],
  slantDashDot: ["SlantDashDot", "Medium"],
  double: ["Double", "Thick"],
};

function borderOut(b: BorderFormat): ExcelJS.BorderStyle | undefined {
  const medium = b.weight === "Medium" || b.weight === "Thick";
  switch (b.style) {
    case "None":
      return undefined;
    case "Continuous":
      return ({ Hairline: "hair", Thin: "thin", Medium: "medium", Thick: "thick" } as const)[b.weight];
    case "Dash":
      return medium ? "mediumDashed" : "dashed";
    case "DashDot":
      return medium ? "mediumDashDot" : "dashDot";
    case "DashDotDot":
      return medium ? "mediumDashDotDot" : "dashDotDot";
    case "Dot":
      return "dotted";
    case "Double":
      return "double";
    case "SlantDashDot":
      return "slantDashDot";
  }
}

const EDGE_KEYS: Record<BorderEdge, "top" | "bottom" | "left" | "right"> = {
  EdgeTop: "top",
  EdgeBottom: "bottom",
  EdgeLeft: "left",
  EdgeRight: "right",
};

const hex = (argb: string | undefined): string | undefined =>
  argb !== undefined && /^[0-9a-f]{8}$/i.test(argb) ? `#${argb.slice(2).toUpperCase()}` : undefined;

/** Only what differs from Excel's defaults, so untouched cells stay format-free. */
export function formatFromStyle(style: Partial<ExcelJS.Style>): CellFormat | undefined {
  const f: CellFormat = {};
  const font = style.font;
  if (font?.bold === true) f.bold = true;
  if (font?.italic === true) f.italic = true;
  if (font?.size !== undefined && font.size !== DEFAULT_FORMAT.fontSize) f.fontSize = font.size;
  const fontColor = hex(font?.color?.argb);
  if (fontColor !== undefined && fontColor !== DEFAULT_FORMAT.fontColor) f.fontColor = fontColor;
  if (font?.name !== undefined && font.name !== DEFAULT_FORMAT.fontName) f.fontName = font.name;
  const fill = style.fill;
  if (fill?.type === "pattern" && fill.pattern === "solid") {
    const color = hex(fill.fgColor?.argb);
    if (color !== undefined) f.fillColor = color;
  }
  const align = style.alignment;
  const horizontal = align?.horizontal === undefined ? undefined : ALIGN_IN[align.horizontal];
  if (horizontal !== undefined) f.horizontalAlignment = horizontal;
  if (align?.wrapText === true) f.wrapText = true;
  if (align?.indent !== undefined && align.indent > 0) f.indentLevel = align.indent;
  const borders: Partial<Record<BorderEdge, BorderFormat>> = {};
  for (const [edge, key] of Object.entries(EDGE_KEYS) as [
    BorderEdge,
    "top" | "bottom" | "left" | "right",
  ][]) {
    const b = style.border?.[key];
    if (b?.style === undefined) continue;
    const [lineStyle, weight] = BORDER_IN[b.style];
    borders[edge] = { style: lineStyle, weight, color: hex(b.color?.argb) ?? "#000000" };
  }
  if (Object.keys(borders).length > 0) f.borders = borders;
  return Object.keys(f).length === 0 ? undefined : f;
}

const argb = (color: string): { argb: string } => ({ argb: `FF${color.slice(1)}` });

/** Writes a format onto an exceljs cell, row or column (all three have these style setters). */
export function applyFormat(target: Partial<ExcelJS.Style>, f: CellFormat): void {
  const d = DEFAULT_FORMAT;
  if (
    f.bold !== undefined ||
    f.italic !== undefined ||
    f.fontSize !== undefined ||
    f.fontColor !== undefined ||
    f.fontName !== undefined
  )
    target.font = {
      name: f.fontName ?? d.fontName,
      size: f.fontSize ?? d.fontSize,
      bold: f.bold ?? d.bold,
      italic: f.italic ?? d.italic,
      color: argb(f.fontColor ?? d.fontColor),
    };
  if (f.fillColor !== undefined)
    target.fill = { type: "pattern", pattern: "solid", fgColor: argb(f.fillColor) };
  const horizontal = f.horizontalAlignment === undefined ? undefined : ALIGN_OUT[f.horizontalAlignment];
  if (horizontal !== undefined || f.wrapText !== undefined || f.indentLevel !== undefined)
    target.alignment = {
      ...(horizontal === undefined ? {} : { horizontal }),
      ...(f.wrapText === undefined ? {} : { wrapText: f.wrapText }),
      ...(f.indentLevel === undefined ? {} : { indent: f.indentLevel }),
    };
  if (f.borders !== undefined) {
    const border: Partial<ExcelJS.Borders> = {};
    for (const [edge, b] of Object.entries(f.borders) as [BorderEdge, BorderFormat][]) {
      const style = borderOut(b);
      if (style !== undefined) border[EDGE_KEYS[edge]] = { style, color: argb(b.color) };
    }
    target.border = border;
  }
}

/** Excel's API gives widths in points; .xlsx in characters of the default font (7 px wide, 5 px padding). */
export const pointsToChars = (points: number): number => Math.max(0, (points / 0.75 - 5) / 7);
export const charsToPoints = (chars: number): number => (chars * 7 + 5) * 0.75;
