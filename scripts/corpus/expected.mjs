// The expected result of a corpus workbook, computed from the true books with BigInt öre and nothing
// of the engine: what a careful economist would get by hand. Shaped like the command line's result
// JSON (amounts in kronor as exact decimal strings, net-cost sign).
import { LEVELS, sum } from "./truth.mjs";

/** Kommun-Bas default report lines (domain.md), longest prefix wins; report order. */
const LINES = [
  { name: "Verksamhetens intäkter", rank: 0, prefixes: ["3"] },
  { name: "Personalkostnader", rank: 1, prefixes: ["5"] },
  { name: "Lokalhyror", rank: 1, prefixes: ["60"] },
  { name: "Köp av huvudverksamhet", rank: 1, prefixes: ["46"] },
  { name: "Lämnade bidrag", rank: 1, prefixes: ["45"] },
  { name: "Avskrivningar", rank: 1, prefixes: ["78", "79"] },
  { name: "Övriga kostnader", rank: 1, prefixes: ["4", "6", "7"] },
  { name: "Finansnetto", rank: 4, prefixes: ["84", "85"] },
];

function lineOf(konto) {
  let best;
  let length = 0;
  for (const line of LINES)
    for (const p of line.prefixes)
      if (konto.startsWith(p) && p.length > length) {
        best = line;
        length = p.length;
      }
  if (!best) throw new Error(`the corpus uses an account no line takes: ${konto}`);
  return best;
}

/** Öre as the result JSON writes kronor: "-4712000", "1234.5", "0.05". */
export function kronor(ore) {
  const negative = ore < 0n;
  const abs = negative ? -ore : ore;
  const whole = abs / 100n;
  const cents = abs % 100n;
  const fraction = cents === 0n ? "" : `.${String(cents).padStart(2, "0").replace(/0$/, "")}`;
  return `${negative && abs !== 0n ? "-" : ""}${whole}${fraction}`;
}

/**
 * Figures of a group of rows. `periodBudget`: "months" (the budget months through the period, as a
 * monthly budget or a "Budget ack." column gives them) or "linear" (months/12 of the annual budget).
 */
function figures(rows, period, periodBudget) {
  const annual = sum(rows.map((r) => sum(r.budgetMonths)));
  const periodSum =
    periodBudget === "linear"
      ? (annual * BigInt(period.month)) / 12n
      : sum(rows.map((r) => sum(r.budgetMonths.slice(0, period.month))));
  if (periodBudget === "linear" && (annual * BigInt(period.month)) % 12n !== 0n)
    throw new Error("a linear period budget in the corpus must be exact");
  const outcome = sum(rows.map((r) => sum(r.outcomeMonths.slice(0, period.month))));
  const forecast = sum(rows.map((r) => r.forecast));
  return {
    annualBudget: kronor(annual),
    periodBudget: kronor(periodSum),
    outcome: kronor(outcome),
    forecast: kronor(forecast),
    periodDeviation: kronor(periodSum - outcome),
    forecastDeviation: kronor(annual - forecast),
  };
}

/** The expected result; `costTypes` only when the workbook shows accounts. */
export function expectedResult(books, { periodBudget, costTypes = true, periodisation }) {
  const { period, rows } = books;
  const levels = LEVELS.map((l) => ({
    name: l.name,
    ...figures(
      rows.filter((r) => r.level === l.name),
      period,
      periodBudget,
    ),
  }));
  const lines = LINES.map((line) => ({
    name: line.name,
    rank: line.rank,
    rows: rows.filter((r) => lineOf(r.konto) === line),
  }))
    .filter((l) => l.rows.length > 0)
    .sort((a, b) => a.rank - b.rank)
    .map((l) => ({ name: l.name, ...figures(l.rows, period, periodBudget) }));
  return {
    period: `${period.year}-${String(period.month).padStart(2, "0")}`,
    periodisation,
    sign: "netCostPositive",
    levels,
    total: { name: "Totalt", ...figures(rows, period, periodBudget) },
    ...(costTypes ? { costTypes: lines } : {}),
  };
}
