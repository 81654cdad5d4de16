import { issue } from "../messages";
import type { CellValue, SheetGrid, WorkbookGrid } from "../model/grid";
import { cellText } from "../model/grid";
import type { Issue } from "../model/issue";
import type { ForecastSnapshot } from "./forecast-history";
import { readSnapshot } from "./forecast-history";

/**
 * What the product keeps in a workbook: the settings the user chose and the sheets it created. It
 * lives in a very hidden sheet, as JSON text in column A: that survives exceljs copies (which drop
 * custom XML parts and add-in settings) and syncs between co-authors like any sheet.
 */
export type ProductState = {
  version: 1;
  /** the settings JSON, as `--config` takes it */
  settings?: unknown;
  /** names of the sheets the product created: only these may be replaced */
  reportSheets: string[];
  /** what each report said, one snapshot per period, for the next report to compare with */
  history?: ForecastSnapshot[];
};

export const STATE_SHEET = "Budgetrapport_inställningar";

const MARKER = "Budgetrapport: inställningar och skapade blad. Ändras av tillägget; ändra inte för hand.";

/** Excel's limit on text in one cell is 32 767 characters. */
const CHUNK = 32_000;

export function findStateSheet(workbook: WorkbookGrid): SheetGrid | undefined {
  return workbook.sheets.find((s) => s.name === STATE_SHEET);
}

/**
 * The state, or none when the workbook has no state sheet. A state sheet that cannot be read is not
 * passed over in silence: the saved choices and the list of the product's sheets are then lost, and the
 * issue says so (and where). The next report rewrites the sheet.
 */
export function readProductState(workbook: WorkbookGrid): StateReading {
  const sheet = findStateSheet(workbook);
  if (!sheet) return {};
  return readStateColumn(sheet.rows.map((row) => row?.[0] ?? null));
}

/** What the state sheet's column A says: the state, or why it cannot be read. */
export type StateReading = { state?: ProductState; issue?: Issue; historyIssues?: Issue[] };

/**
 * The state from the cells of the state sheet's column A (as the workbook's grid has them, or as the
 * add-in reads them just before it writes, when a co-author may have written since).
 */
export function readStateColumn(column: readonly CellValue[]): StateReading {
  const unreadable = (problem: string, cell: string): { issue: Issue } => ({
    issue: issue("state-unreadable", { problem }, { sheet: STATE_SHEET, cell }),
  });
  if (cellText(column[0] ?? null) !== MARKER) return unreadable("rubriken i A1 är ändrad", "A1");
  // The JSON begins in A2 and goes on in the cells below it.
  const json = column
    .slice(1)
    .map((cell) => (typeof cell === "string" ? cell : ""))
    .join("");
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return unreadable(`texten är inte hel JSON: ${message}`, "A2");
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    return unreadable("texten är inget JSON-objekt", "A2");
  const p = parsed as Partial<Record<keyof ProductState, unknown>>;
  if (p.version !== 1) return unreadable(`okänd version ${JSON.stringify(p.version)}`, "A2");
  const sheets = p.reportSheets;
  if (!Array.isArray(sheets) || !sheets.every((s): s is string => typeof s === "string"))
    return unreadable("listan över skapade blad saknas eller är trasig", "A2");
  const history = readHistory(p.history);
  return {
    state: {
      version: 1,
      ...(p.settings !== undefined ? { settings: p.settings } : {}),
      reportSheets: sheets,
      ...(history.snapshots.length > 0 ? { history: history.snapshots } : {}),
    },
    historyIssues: history.issues,
  };
}

/**
 * The kept snapshots. One that cannot be read (edited by hand) is left out with a warning: a report is
 * never compared with figures that are not the ones reported.
 */
function readHistory(json: unknown): { snapshots: ForecastSnapshot[]; issues: Issue[] } {
  if (json === undefined) return { snapshots: [], issues: [] };
  const issues: Issue[] = [];
  const place = { sheet: STATE_SHEET, cell: "A2" };
  if (!Array.isArray(json)) {
    issues.push(issue("history-unreadable", { problem: "historiken är ingen lista" }, place));
    return { snapshots: [], issues };
  }
  const snapshots: ForecastSnapshot[] = [];
  for (const entry of json) {
    const read = readSnapshot(entry);
    if ("snapshot" in read) snapshots.push(read.snapshot);
    else issues.push(issue("history-unreadable", { problem: read.problem }, place));
  }
  return { snapshots, issues };
}

/** The state sheet's column A: the marker, then the JSON in chunks that fit a cell. */
export function stateSheetRows(state: ProductState): string[] {
  const json = JSON.stringify(state);
  const rows = [MARKER];
  for (let i = 0; i < json.length; i += CHUNK) rows.push(json.slice(i, i + CHUNK));
  return rows;
}
