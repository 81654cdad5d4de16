import type { ReportSheet } from "../../../src/core/report/layout";
import { cellAt, columnName, parseRef } from "./report-builder";

/**
 * A tiny evaluator for the formula shapes the layout writes: `C8-B8`, `SUM(B8:B9)`, `B8+B11+B12`,
 * `IF(F8=0,0,B8/F8)`, `MAX(G8,0)`, `MIN(G8,0)`, `D8/ABS(C8)` and constants. A referenced cell must hold a number or a formula; its cached value
 * is used, as a spreadsheet would use its computed value.
 */
export function evaluate(formula: string, sheet: ReportSheet): number {
  const tokens = formula.match(/[A-Z]+\d+|[A-Z]+(?=\()|\d+(?:\.\d+)?|[-+*/(),:=]/g) ?? [];
  if (tokens.join("") !== formula.replace(/\s+/g, "")) throw new Error(`cannot read formula ${formula}`);
  let i = 0;
  const peek = (): string | undefined => tokens[i];
  const take = (expected?: string): string => {
    const t = tokens[i++];
    if (t === undefined || (expected !== undefined && t !== expected))
      throw new Error(`expected ${expected ?? "a token"} in ${formula}, found ${t ?? "the end"}`);
    return t;
  };
  const value = (a1: string): number => {
    const cell = cellAt(sheet, a1);
    if (cell?.kind === "number" || cell?.kind === "formula") return cell.value;
    throw new Error(`${formula} references ${a1}, which holds ${JSON.stringify(cell)}`);
  };
  const expr = (): number => {
    let v = term();
    while (peek() === "+" || peek() === "-") v = take() === "+" ? v + term() : v - term();
    return v;
  };
  const term = (): number => {
    let v = factor();
    while (peek() === "*" || peek() === "/") v = take() === "*" ? v * factor() : v / factor();
    return v;
  };
  const factor = (): number => {
    const t = take();
    if (t === "-") return -factor();
    if (t === "(") {
      const v = expr();
      take(")");
      return v;
    }
    if (/^\d/.test(t)) return Number(t);
    if (t === "SUM") {
      take("(");
      const from = parseRef(take());
      take(":");
      const to = parseRef(take());
      take(")");
      let s = 0;
      for (let r = from.row; r <= to.row; r++)
        for (let c = from.col; c <= to.col; c++) s += value(`${columnName(c)}${r}`);
      return s;
    }
    if (t === "MAX" || t === "MIN") {
      take("(");
      const a = expr();
      take(",");
      const b = expr();
      take(")");
      return t === "MAX" ? Math.max(a, b) : Math.min(a, b);
    }
    if (t === "ABS") {
      take("(");
      const v = expr();
      take(")");
      return Math.abs(v);
    }
    if (t === "IF") {
      take("(");
      const left = expr();
      take("=");
      const right = expr();
      take(",");
      const then = expr();
      take(",");
      const otherwise = expr();
      take(")");
      return left === right ? then : otherwise;
    }
    if (/^[A-Z]+\d+$/.test(t)) return value(t);
    throw new Error(`unexpected ${t} in ${formula}`);
  };
  const v = expr();
  if (i !== tokens.length) throw new Error(`trailing tokens in ${formula}`);
  return v;
}

/** Half of the last digit a number format shows: "#,##0" → 0,5; "#,##0.0" → 0,05; "0%" → 0,005. */
export function halfLastDigit(format: string): number {
  const section = format.split(";")[0] ?? "";
  const decimals = /\.(0+)/.exec(section)?.[1]?.length ?? 0;
  const percent = section.includes("%") ? 2 : 0;
  return 0.5 * 10 ** -(decimals + percent);
}
