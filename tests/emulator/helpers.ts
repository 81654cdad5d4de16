import type { CellScalar, EmulatedWorkbook } from "../../src/emulator";
import { createSheet, createWorkbook } from "../../src/emulator";

/** A workbook whose sheets hold the given rows from A1 ("" is an empty cell). */
export function workbookWith(sheets: Record<string, CellScalar[][]>): EmulatedWorkbook {
  return createWorkbook(
    Object.entries(sheets).map(([name, rows]) => {
      const sheet = createSheet(name);
      rows.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value !== "") sheet.cells.set(r, c, { value });
        }),
      );
      return sheet;
    }),
  );
}

/** The error a promise rejects with (fails the test if it resolves). */
export async function rejection(
  promise: Promise<unknown>,
): Promise<{ code?: string; message: string; debugInfo?: { errorLocation?: string; statement?: string } }> {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string; message: string };
  }
  throw new Error("expected a rejection");
}
