/** Excel's rules about worksheets: names, the last visible sheet, and what protection forbids. */
import { EmulatorError, invalidArgument } from "./errors";
import type { EmulatedSheet, EmulatedWorkbook, ProtectionOptions } from "./model";
import { findSheet } from "./model";

/** Checks a new sheet name as Excel does; `self` is the sheet being renamed, if any. */
export function checkSheetName(
  workbook: EmulatedWorkbook,
  name: unknown,
  location: string,
  self?: EmulatedSheet,
): string {
  if (typeof name !== "string" || name.trim() === "")
    throw invalidArgument("A sheet name cannot be empty.", location);
  if (name.length > 31)
    throw invalidArgument(`The sheet name "${name}" is longer than 31 characters.`, location);
  if (/[[\]:*?/\\]/.test(name))
    throw invalidArgument(
      `The sheet name "${name}" contains one of the characters [ ] : * ? / \\.`,
      location,
    );
  if (name.startsWith("'") || name.endsWith("'"))
    throw invalidArgument(`The sheet name "${name}" begins or ends with an apostrophe.`, location);
  if (name.toLowerCase() === "history") throw invalidArgument('"History" is reserved by Excel.', location);
  const other = findSheet(workbook, name);
  if (other !== undefined && other !== self)
    throw new EmulatorError(
      "ItemAlreadyExists",
      `A sheet named "${other.name}" already exists (names ignore case).`,
      location,
    );
  return name;
}

/** A workbook must keep at least one visible sheet; `leaving` is about to be deleted or hidden. */
export function checkOneVisibleRemains(
  workbook: EmulatedWorkbook,
  leaving: EmulatedSheet,
  location: string,
): void {
  const others = workbook.sheets.filter((s) => s !== leaving && s.visibility === "Visible");
  if (others.length === 0)
    throw new EmulatorError(
      "InvalidOperation",
      "A workbook must contain at least one visible worksheet.",
      location,
    );
}

/** What an operation changes on a sheet, for protection. */
export type EditKind = "cells" | "formatCells" | "formatColumns" | "formatRows" | "objects";

const ALLOWED_BY: Partial<Record<EditKind, keyof ProtectionOptions>> = {
  formatCells: "allowFormatCells",
  formatColumns: "allowFormatColumns",
  formatRows: "allowFormatRows",
  objects: "allowEditObjects",
};

/**
 * Throws AccessDenied for a change a protected sheet forbids. Every cell counts as locked (Excel's
 * default; the emulator does not model unlocked cells).
 */
export function checkEditable(sheet: EmulatedSheet, kind: EditKind, location: string): void {
  if (!sheet.protection.protected) return;
  const option = ALLOWED_BY[kind];
  if (option !== undefined && sheet.protection.options[option] === true) return;
  throw new EmulatorError(
    "AccessDenied",
    `The sheet "${sheet.name}" is protected: unprotect it before changing it.`,
    location,
  );
}

/** Excel returns colours as "#RRGGBB"; it also accepts a few names. */
const NAMED_COLORS: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
  purple: "#800080",
};

export function normalizeColor(color: unknown, location: string): string {
  if (typeof color === "string") {
    if (/^#[0-9a-f]{6}$/i.test(color)) return color.toUpperCase();
    const named = NAMED_COLORS[color.toLowerCase()];
    if (named !== undefined) return named;
  }
  throw invalidArgument(`${JSON.stringify(color)} is not a colour ("#RRGGBB" or a colour name).`, location);
}

export function oneOf<V extends string>(allowed: readonly V[], value: unknown, location: string): V {
  const hit = allowed.find((a) => a === value);
  if (hit === undefined)
    throw invalidArgument(`${JSON.stringify(value)} is not one of ${allowed.join(", ")}.`, location);
  return hit;
}

export function numberIn(min: number, max: number, value: unknown, location: string): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max)
    throw invalidArgument(`${JSON.stringify(value)} is not a number from ${min} to ${max}.`, location);
  return value;
}

export function booleanArg(value: unknown, location: string): boolean {
  if (typeof value !== "boolean")
    throw invalidArgument(`${JSON.stringify(value)} is not a boolean.`, location);
  return value;
}
