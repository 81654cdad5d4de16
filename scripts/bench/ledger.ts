/**
 * Realistic generated ledgers for the benchmark: a municipal committee's general-ledger export with a
 * title, a note on the sign, a header, then one row per level × verksamhet × ansvar × Kommun-Bas
 * account × month, sorted by anslagsbindningsnivå with a "Summa …" row after each level and "Totalt"
 * at the end (both exact, so the engine's subtotal check passes). Amounts are kronor with öre, income
 * positive and costs negative, as ledgers are exported. Any cell is computed from its row number, so a
 * 1 048 576-row sheet can be served lazily to the emulator or materialised as the engine's grid.
 */
import type { CellValue, SheetGrid, WorkbookGrid } from "../../src/core/model/grid";

export const SHEET_ROW_LIMIT = 1_048_576;
export const LEDGER_SHEET = "Huvudbok";
export const EXPLANATIONS_SHEET = "Förklaringar";

export const HEADER = [
  "Anslagsbindningsnivå",
  "Verksamhet",
  "Ansvar",
  "Konto",
  "Kontonamn",
  "Period",
  "Budget 2024",
  "Budget jan–apr 2024",
  "Utfall jan–apr 2024",
  "Prognos 2024",
] as const;
/** Zero-based columns, for the floating-point baseline (which detects nothing). */
export const COL = { level: 0, account: 3, amounts: [6, 7, 8, 9] } as const;
const TITLE = [
  ["Socialnämnden – huvudbok 2024"],
  ["Belopp i kronor. Intäkter positiva, kostnader negativa."],
  [],
];
/** Rows above the first data row: the title block and the header. */
export const HEADER_ROWS = TITLE.length + 1;

const LEVELS: readonly [string, readonly string[]][] = [
  [
    "Hälsa, vård och omsorg",
    ["510 Hemtjänst", "520 Särskilt boende", "530 Hemsjukvård", "540 Dagverksamhet"],
  ],
  ["Individ- och familjeomsorg", ["610 Försörjningsstöd", "620 Barn och unga", "630 Missbruk"]],
  ["LSS", ["710 Boende LSS", "720 Daglig verksamhet", "730 Personlig assistans"]],
  ["Förskola", ["410 Förskola", "420 Pedagogisk omsorg"]],
  ["Grundskola", ["430 Grundskola 1–6", "440 Grundskola 7–9", "450 Fritidshem"]],
  ["Gymnasieskola", ["460 Gymnasieskola", "470 Vuxenutbildning"]],
  ["Kultur och fritid", ["310 Bibliotek", "320 Idrottsanläggningar"]],
  ["Teknisk verksamhet", ["210 Gator och vägar", "220 Park", "230 Fastighetsförvaltning"]],
];
/** Kommun-Bas accounts: class 3 income (with Kommunbidrag), classes 4–7 costs. */
export const ACCOUNTS: readonly [number, string][] = [
  [3110, "Taxor och avgifter"],
  [3410, "Hyresintäkter"],
  [3510, "Statsbidrag"],
  [3901, "Kommunbidrag"],
  [4510, "Lämnade bidrag"],
  [4610, "Köp av huvudverksamhet"],
  [5010, "Månadslön"],
  [5410, "Sociala avgifter"],
  [5610, "Pensionskostnader"],
  [6010, "Lokalhyror"],
  [6410, "Förbrukningsmaterial"],
  [7010, "Resekostnader"],
  [7810, "Avskrivningar"],
];
export const KOMMUNBIDRAG_ACCOUNT = 3901;
const MONTHS = 12;
const PERIOD_MONTH = 4;

export type Ledger = {
  dataRows: number;
  /** every row of the sheet: title, header, data, subtotals */
  sheetRows: number;
  columns: number;
  /** the value of zero-based (row, column); null is an empty cell */
  valueAt: (row: number, column: number) => CellValue;
};

/** A ledger of `dataRows` data rows (plus title, header and subtotal rows). */
export function makeLedger(dataRows: number): Ledger {
  const levels = LEVELS.length;
  // level l's data rows are [firstData[l], firstData[l + 1]); in the sheet each level adds a "Summa" row
  const firstData = Array.from({ length: levels + 1 }, (_, l) => Math.floor((dataRows * l) / levels));
  const sums = Array.from({ length: levels + 1 }, () => [0, 0, 0, 0]);
  for (let l = 0; l < levels; l++)
    for (let i = firstData[l] ?? 0; i < (firstData[l + 1] ?? 0); i++)
      for (let f = 0; f < 4; f++) {
        const ore = amountOre(i, f);
        sums[l]![f]! += ore;
        sums[levels]![f]! += ore;
      }
  const valueAt = (row: number, column: number): CellValue => {
    if (row < TITLE.length) return TITLE[row]?.[column] ?? null;
    if (row === TITLE.length) return HEADER[column] ?? null;
    const r = row - HEADER_ROWS;
    let level = 0;
    while (level < levels && r > (firstData[level + 1] ?? 0) + level) level++;
    const subtotalRow = (firstData[level + 1] ?? dataRows) + level;
    if (level < levels && r < subtotalRow) return dataValue(r - level, level, column);
    if (r > subtotalRow) return null;
    const amount = (COL.amounts as readonly number[]).indexOf(column);
    if (amount >= 0) return (sums[level]?.[amount] ?? 0) / 100;
    if (column !== COL.level) return null;
    return level === levels ? "Totalt" : `Summa ${LEVELS[level]?.[0] ?? ""}`;
  };
  return { dataRows, sheetRows: HEADER_ROWS + dataRows + levels + 1, columns: HEADER.length, valueAt };
}

/** The ledger that fills a sheet to Excel's last row. */
export function fullSheetLedger(): Ledger {
  return makeLedger(SHEET_ROW_LIMIT - HEADER_ROWS - LEVELS.length - 1);
}

/** Data row i's month (fastest), account and verksamhet; its ansvar follows from these. */
function combination(i: number, level: number): { month: number; account: number; verksamhet: number } {
  const verksamheter = LEVELS[level]?.[1].length ?? 1;
  return {
    month: (i % MONTHS) + 1,
    account: Math.floor(i / MONTHS) % ACCOUNTS.length,
    verksamhet: Math.floor(i / (MONTHS * ACCOUNTS.length)) % verksamheter,
  };
}

function dataValue(i: number, level: number, column: number): CellValue {
  const c = combination(i, level);
  const [account, accountName] = ACCOUNTS[c.account] ?? [5010, "Månadslön"];
  switch (column) {
    case 0:
      return LEVELS[level]?.[0] ?? null;
    case 1:
      return LEVELS[level]?.[1][c.verksamhet] ?? null;
    case 2:
      return 20000 + level * 1000 + c.verksamhet * 100 + (Math.floor(i / 1000) % 10);
    case 3:
      return account;
    case 4:
      return accountName;
    case 5:
      return `2024-${String(c.month).padStart(2, "0")}`;
    default: {
      const f = column - COL.amounts[0];
      if (f < 0 || f > 3) return null;
      // the period's budget and outcome are empty in the months after the period
      if ((f === 1 || f === 2) && c.month > PERIOD_MONTH) return null;
      return amountOre(i, f) / 100;
    }
  }
}

/**
 * Field f's amount of data row i in öre, in the ledger's sign (income positive): a month's share of the
 * year's budget, the period's budget and outcome (months up to April only) and a forecast near the budget.
 */
export function amountOre(i: number, f: number): number {
  const month = (i % MONTHS) + 1;
  const account = ACCOUNTS[Math.floor(i / MONTHS) % ACCOUNTS.length]?.[0] ?? 5010;
  const sign = account < 4000 ? 1 : -1;
  const budget = 50_000 + (hash(i) % 40_000_000);
  switch (f) {
    case 0:
      return sign * budget;
    case 1:
      return month <= PERIOD_MONTH ? sign * budget : 0;
    case 2:
      return month <= PERIOD_MONTH ? sign * (budget - 2_000_000 + (hash(i + 7) % 4_000_000)) : 0;
    default:
      return sign * (budget - 1_000_000 + (hash(i + 13) % 2_000_000));
  }
}

function hash(n: number): number {
  let h = Math.imul(n ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A few explanations per level, in tkr, as a committee writes them. */
export function explanationRows(): CellValue[][] {
  const rows: CellValue[][] = [["Anslagsbindningsnivå", "Förklaring", "Belopp, tkr"]];
  LEVELS.forEach(([level], l) => {
    rows.push([level, "Vakanta tjänster", 400 + l * 10]);
    rows.push([level, "Ökade kostnader för köpta platser", -(250 + l * 5)]);
  });
  return rows;
}

/** The engine's grid: the ledger sheet materialised, and the explanations sheet. */
export function toWorkbookGrid(ledger: Ledger): WorkbookGrid {
  const rows: CellValue[][] = new Array<CellValue[]>(ledger.sheetRows);
  for (let r = 0; r < ledger.sheetRows; r++) {
    const row = new Array<CellValue>(ledger.columns);
    for (let c = 0; c < ledger.columns; c++) row[c] = ledger.valueAt(r, c);
    rows[r] = row;
  }
  const sheets: SheetGrid[] = [
    { name: LEDGER_SHEET, rows },
    { name: EXPLANATIONS_SHEET, rows: explanationRows() },
  ];
  return { sheets };
}
