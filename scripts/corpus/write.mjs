// Writing a corpus workbook: amounts in a unit and a sign, as numbers or as Swedish text, and sheets of rows.
import ExcelJS from "exceljs";

const ORE_PER = { kr: 100, tkr: 100_000, mkr: 100_000_000 };
const DECIMALS = { kr: 2, tkr: 5, mkr: 8 };

/** The amount as the workbook stores it: öre (net-cost sign) → a number in `unit` and `sign`. */
export function shown(ore, { unit, sign }) {
  const signed = sign === "incomePositive" ? -ore : ore;
  // Both are exact doubles and division rounds correctly: the nearest double to the true amount.
  return Number(signed) / ORE_PER[unit];
}

/** The amount as Swedish text, as some exports write it: "1 234,5" with no-break spaces and a true minus. */
export function shownAsText(ore, { unit, sign }) {
  const signed = sign === "incomePositive" ? -ore : ore;
  const negative = signed < 0n;
  const abs = negative ? -signed : signed;
  const scale = BigInt(ORE_PER[unit]);
  const whole = String(abs / scale).replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0");
  const fraction = String(abs % scale)
    .padStart(DECIMALS[unit], "0")
    .replace(/0+$/, "");
  return `${negative ? "\u2212" : ""}${whole}${fraction ? `,${fraction}` : ""}`;
}

/**
 * Writes `sheets` ([{ name, rows, merges?, formats? }]) to `path`. A row is an array of cell values
 * (undefined leaves a cell empty); `formats` maps "col" (1-based) to a number format for every data cell.
 */
export async function writeWorkbook(path, sheets) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Budgetrapport corpus";
  // A fixed date: rebuilding the corpus changes no file unless its content changed.
  workbook.created = workbook.modified = new Date(Date.UTC(2024, 8, 6));
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name);
    spec.rows.forEach((values, r) => {
      (values ?? []).forEach((value, c) => {
        if (value === undefined || value === null) return;
        const cell = sheet.getCell(r + 1, c + 1);
        cell.value = value;
        if (value instanceof Date) cell.numFmt = "yyyy-mm-dd";
      });
    });
    for (const range of spec.merges ?? []) sheet.mergeCells(range);
    for (const [r, indent] of spec.indents ?? []) sheet.getCell(r + 1, 1).alignment = { indent };
    sheet.columns.forEach((column, c) => {
      column.width = c < 6 ? 22 : 16;
    });
  }
  await workbook.xlsx.writeFile(path);
}
