import Decimal from "decimal.js";
import { periodEndText } from "../model/period";
import type { KeyFigure, KeyFigureValue } from "../read/read-key-figures";
import { ref, text } from "./cells";
import { periodLabel } from "./figure-table";
import type { ReportContext } from "./header-block";
import { headerBlock } from "./header-block";
import type { ReportCell, ReportSheet } from "./layout";
import { REPORT_PROTECTION, a4Landscape } from "./sheet-setup";

/** Not "Nyckeltal": the input sheet of measures is usually called that, and the report never takes its name. */
export const KEY_FIGURES_SHEET = "Nyckeltal – jämförelse";

/** The engine's result with its key figures (the lead adds them to EngineResult). */
export type KeyFiguresContext = ReportContext & { result: { keyFigures: readonly KeyFigure[] } };

/** At most this many decimals are shown, whatever a value carries (a float's tail, say). */
const MAX_DECIMALS = 4;
const CHANGE_PERCENT_FORMAT = "0.0 %";

type Column =
  | { kind: "value"; key: KeyFigureValue; header: string }
  | { kind: "change"; header: string }
  | { kind: "changePercent"; header: string };

/**
 * Nyckeltal: each key figure with its unit, plan, the period's outcome beside the same period last
 * year, the change (a formula, and in per cent of last year's), the forecast and last year's full year;
 * only the columns some key figure has. Values keep their own decimals: they are measures, not money,
 * so neither the report's unit nor its sign applies to them.
 */
export function keyFiguresSheet(ctx: KeyFiguresContext): ReportSheet | undefined {
  const figures = ctx.result.keyFigures;
  if (figures.length === 0) return undefined;
  const { year, month } = ctx.result.period;
  const has = (key: KeyFigureValue): boolean => figures.some((f) => f[key] !== null);
  const span = periodLabel(month);
  const columns: Column[] = [];
  const value = (key: KeyFigureValue, header: string): void => {
    if (has(key)) columns.push({ kind: "value", key, header });
  };
  value("plan", `Plan ${year}`);
  value("outcome", `Utfall ${span} ${year}`);
  value("lastYearOutcome", `Utfall ${span} ${year - 1}`);
  if (has("outcome") && has("lastYearOutcome"))
    columns.push(
      { kind: "change", header: "Förändring" },
      { kind: "changePercent", header: "Förändring, %" },
    );
  value("forecast", `Prognos helår ${year}`);
  value("lastYearAnnual", `Bokslut ${year - 1}`);
  const withUnit = figures.some((f) => f.unit !== null);

  const rows = headerBlock(ctx, "nyckeltal");
  // The block's subtitle speaks of amounts in tkr and their sign, which key figures have neither of.
  rows[1] = [
    text(
      `Per den ${periodEndText(ctx.result.period)}. Nyckeltalen i sina egna enheter; de ingår inte i några belopp.`,
      "subtitle",
    ),
  ];
  const changes = columns.some((c) => c.kind === "change");
  rows[3] = changes
    ? [
        text(
          `Förändring: utfallet minus utfallet samma period ${year - 1}, och i procent av utfallet samma period ${year - 1}.`,
          "note",
        ),
      ]
    : [];
  const headers = ["Nyckeltal", ...(withUnit ? ["Enhet"] : []), ...columns.map((c) => c.header)];
  rows.push(
    headers.map((h, i) => text(h, i === 0 || (withUnit && i === 1) ? "columnHeaderLeft" : "columnHeader")),
  );
  const headerRow = rows.length;
  const first = withUnit ? 2 : 1;
  const colOf = (kind: Column["kind"], key?: KeyFigureValue): number =>
    first + columns.findIndex((c) => c.kind === kind && (c.kind !== "value" || c.key === key));
  const at = {
    outcome: colOf("value", "outcome"),
    lastYear: colOf("value", "lastYearOutcome"),
    change: colOf("change"),
  };
  for (const figure of figures) {
    const unit = withUnit ? [figure.unit === null ? undefined : text(figure.unit)] : [];
    const n = rows.length + 1;
    rows.push([text(figure.name), ...unit, ...columns.map((c) => valueCell(figure, c, n, at))]);
  }
  return {
    name: KEY_FIGURES_SHEET,
    rows,
    columnWidths: [40, ...(withUnit ? [10] : []), ...columns.map(() => 15)],
    merges: [],
    freeze: { rows: headerRow, columns: 1 },
    gridlines: false,
    page: a4Landscape(`${headerRow}:${headerRow}`),
    protection: REPORT_PROTECTION,
  };
}

/** One key figure's cell of a column in row `n`; `at` gives the columns the change formulas read. */
function valueCell(
  figure: KeyFigure,
  c: Column,
  n: number,
  at: { outcome: number; lastYear: number; change: number },
): ReportCell | undefined {
  const format = numberFormat(decimalsOf(figure));
  if (c.kind === "value") {
    const v = figure[c.key];
    return v === null
      ? undefined
      : { kind: "number", value: new Decimal(v).toNumber(), format, style: "amount" };
  }
  const change = changeOf(figure);
  if (!change) return undefined;
  if (c.kind === "change")
    return {
      kind: "formula",
      formula: `${ref(at.outcome, n)}-${ref(at.lastYear, n)}`,
      value: change.diff.toNumber(),
      format,
      style: "amount",
    };
  // a change against nothing last year has no per cent
  if (change.base.isZero()) return text("–", "amount");
  return {
    kind: "formula",
    formula: `${ref(at.change, n)}/ABS(${ref(at.lastYear, n)})`,
    value: change.diff.dividedBy(change.base.abs()).toNumber(),
    format: CHANGE_PERCENT_FORMAT,
    style: "amount",
  };
}

/** Outcome minus the same period last year, exact; undefined when either is missing. */
function changeOf(f: KeyFigure): { diff: Decimal; base: Decimal } | undefined {
  if (f.outcome === null || f.lastYearOutcome === null) return undefined;
  const base = new Decimal(f.lastYearOutcome);
  return { diff: new Decimal(f.outcome).minus(base), base };
}

/** The most decimals any of the key figure's values has ("97.5" → 1), so that a row reads alike. */
function decimalsOf(f: KeyFigure): number {
  const values = [f.plan, f.outcome, f.lastYearOutcome, f.forecast, f.lastYearAnnual];
  const places = values.map((v) => (v === null ? 0 : new Decimal(v).decimalPlaces()));
  return Math.min(MAX_DECIMALS, Math.max(0, ...places));
}

function numberFormat(decimals: number): string {
  return decimals === 0 ? "#,##0" : `#,##0.${"0".repeat(decimals)}`;
}
