/**
 * Formula results for the harness's workbook view: the emulator records formulas without computing
 * them (as Excel's API gives no results until Excel calculates), so the harness computes them with
 * fast-formula-parser (MIT; HyperFormula is GPL-3.0 and the harness ships in the build), and with
 * @formulajs/formulajs (MIT) for the functions fast-formula-parser 1.0.19 lacks, MAX and MIN among them,
 * which the report writes.
 */
import * as formulajs from "@formulajs/formulajs";
import FormulaParser from "fast-formula-parser";
import type { FormulaValue } from "fast-formula-parser";
import type { CellScalar, EmulatedWorkbook } from "../emulator";
import { findSheet } from "../emulator";

/** A cell's value as shown: an evaluated formula's result, or what the cell holds; errors as "#DIV/0!". */
export type Shown = { value: CellScalar | undefined; error: boolean };

/** Evaluates formulas on demand, each once: build one per state of the workbook (after every change). */
export interface WorkbookEvaluator {
  /** The cell's value, zero-based row and column. */
  valueAt(sheet: string, row: number, column: number): Shown;
}

const CIRCULAR = "#REF!";

/** fast-formula-parser 1.0.19 throws "not implemented" for these; formulajs has them. */
const FROM_FORMULAJS = ["MAX", "MIN", "MAXA", "MINA", "COUNTA", "MEDIAN", "LARGE", "SMALL"] as const;

type Argument = { value: FormulaValue };

/** A formulajs function called with fast-formula-parser's arguments; its errors become the parser's. */
function bridged(name: (typeof FROM_FORMULAJS)[number]) {
  const call = formulajs[name] as (...args: unknown[]) => unknown;
  return (...args: Argument[]): FormulaValue => {
    const result = call(...args.map((a) => a.value));
    if (result instanceof Error) throw new FormulaParser.FormulaError(result.message);
    return result as FormulaValue;
  };
}

const FUNCTIONS = Object.fromEntries(FROM_FORMULAJS.map((name) => [name, bridged(name)]));

export function workbookEvaluator(workbook: EmulatedWorkbook): WorkbookEvaluator {
  const done = new Map<string, Shown>();
  const running = new Set<string>();
  const scalar = (shown: Shown): FormulaValue =>
    shown.error ? new FormulaParser.FormulaError(String(shown.value)) : (shown.value ?? null);
  const parser = new FormulaParser({
    functions: FUNCTIONS,
    onCell: (ref) => scalar(valueAt(ref.sheet, ref.row - 1, ref.col - 1)),
    onRange: (ref) => {
      const sheet = findSheet(workbook, ref.sheet);
      // Whole columns (A:A) reach Excel's last row: stop at the sheet's last used one.
      const last = sheet?.cells.bounds((c) => c.value !== undefined || c.formula !== undefined);
      const toRow = Math.min(ref.to.row, last ? last.row + last.rowCount : 0);
      const toCol = Math.min(ref.to.col, last ? last.column + last.columnCount : 0);
      const rows: FormulaValue[][] = [];
      for (let r = ref.from.row; r <= toRow; r++) {
        const row: FormulaValue[] = [];
        for (let c = ref.from.col; c <= toCol; c++) row.push(scalar(valueAt(ref.sheet, r - 1, c - 1)));
        rows.push(row);
      }
      return rows;
    },
  });
  // A formula the library cannot read (or a function it lacks) is shown as Excel shows its errors.
  function parse(formula: string, at: { sheet: string; row: number; col: number }): FormulaValue {
    try {
      return parser.parse(formula.replace(/^=/, ""), at);
    } catch (e) {
      if (e instanceof FormulaParser.FormulaError) return e;
      throw e;
    }
  }
  function valueAt(sheetName: string, row: number, column: number): Shown {
    const cell = findSheet(workbook, sheetName)?.cells.get(row, column);
    if (cell?.formula === undefined) return { value: cell?.value, error: cell?.error === true };
    const key = `${sheetName}!${row},${column}`;
    const known = done.get(key);
    if (known) return known;
    if (running.has(key)) return { value: CIRCULAR, error: true };
    running.add(key);
    try {
      const result = toShown(parse(cell.formula, { sheet: sheetName, row: row + 1, col: column + 1 }));
      done.set(key, result);
      return result;
    } finally {
      running.delete(key);
    }
  }
  return { valueAt };
}

function toShown(result: FormulaValue): Shown {
  if (result instanceof FormulaParser.FormulaError) return { value: result.error, error: true };
  // A formula giving a range (=A1:B2) shows its first value, as Excel without dynamic arrays does.
  if (Array.isArray(result)) return toShown(result[0]?.[0]);
  // An empty cell referenced alone (=A1) shows 0, as in Excel.
  if (result === null || result === undefined) return { value: 0, error: false };
  return { value: result, error: false };
}
