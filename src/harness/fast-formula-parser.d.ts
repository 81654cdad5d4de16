// The part of fast-formula-parser (MIT, no types of its own) the harness uses. Indexes are one-based.
declare module "fast-formula-parser" {
  export type FormulaValue = number | string | boolean | null | undefined | FormulaError | FormulaValue[][];
  export interface CellRef {
    sheet: string;
    row: number;
    col: number;
  }
  export interface RangeRef {
    sheet: string;
    from: { row: number; col: number };
    to: { row: number; col: number };
  }
  export class FormulaError extends Error {
    constructor(error: string);
    get error(): string;
  }
  // The library's module.exports is this class: a default export is how it is imported.
  // eslint-disable-next-line no-restricted-syntax
  export default class FormulaParser {
    constructor(config: {
      functions?: Record<string, (...args: { value: FormulaValue }[]) => FormulaValue>;
      onCell: (ref: CellRef) => FormulaValue;
      onRange: (ref: RangeRef) => FormulaValue[][];
    });
    static FormulaError: typeof FormulaError;
    parse(formula: string, position: CellRef, allowReturnArray?: boolean): FormulaValue;
  }
}
