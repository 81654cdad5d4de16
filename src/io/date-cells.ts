import { isDateFormat } from "./xlsx/xlsx-xml";

/**
 * One representation of a date for the engine, whichever reader made the grid: ISO text, "2024-06-30".
 * A spreadsheet holds a date as a number (days since 1899-12-30, or since 1904-01-01 in a 1904
 * workbook) shown through a date format; the engine reads years and months in text ("per 2024-04-30"),
 * so a date given as its number would be a different cell to it. Both readers use the same test of a
 * date format (exceljs's, which the command line's copy of the workbook is made with).
 */
export { isDateFormat };

const DAYS_1900_TO_1970 = 25_569;
const DAYS_1900_TO_1904 = 1_462;
const MS_PER_DAY = 86_400_000;

/** A date serial as "ÅÅÅÅ-MM-DD" (a time of day is dropped); undefined when it is no date. */
export function isoDateOfSerial(serial: number, date1904: boolean): string | undefined {
  const days = serial - DAYS_1900_TO_1970 + (date1904 ? DAYS_1900_TO_1904 : 0);
  const date = new Date(Math.round(days * MS_PER_DAY));
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}
