import { join } from "node:path";
import type { EngineResult } from "../../../src/core/engine";
import { runEngine } from "../../../src/core/engine";
import type { SheetGrid, WorkbookGrid } from "../../../src/core/model/grid";
import type { SettingsOverride } from "../../../src/core/settings/validate-settings";
import type { ForecastSnapshot } from "../../../src/core/state/forecast-history";
import { snapshotOf } from "../../../src/core/state/forecast-history";
import { readGridFile } from "../../../src/io/xlsx/read-grid";
import type { Row } from "./report-builder";

const LINKOPING = join(__dirname, "..", "..", "fixtures", "linkoping");

/** Runs the engine and insists on a result without errors. */
export function resultFrom(
  workbook: WorkbookGrid,
  history?: readonly ForecastSnapshot[],
  settings?: SettingsOverride,
): EngineResult {
  const out = runEngine({
    workbook,
    ...(history ? { history } : {}),
    ...(settings ? { settings } : {}),
  });
  const errors = out.issues.filter((i) => i.severity === "error");
  if (!out.result || errors.length > 0) throw new Error(`no result: ${JSON.stringify(out.issues)}`);
  return out.result;
}

/**
 * Linköping 2023 as the economist lives it: July's report, its snapshot kept, then August's report,
 * which compares with it (−25 → −35 mnkr). `history` may alter July's snapshot before August reads it.
 */
export async function linkopingMonths(
  settings?: SettingsOverride,
  history: (july: ForecastSnapshot) => ForecastSnapshot[] = (july) => [july],
): Promise<{ july: EngineResult; august: EngineResult }> {
  const july = resultFrom(await readGridFile(join(LINKOPING, "linkoping-2023-07.xlsx")), undefined, settings);
  const snapshot = snapshotOf(july, "2023-08-10 09:00");
  const august = resultFrom(
    await readGridFile(join(LINKOPING, "linkoping-2023-08.xlsx")),
    history(snapshot),
    settings,
  );
  return { july, august };
}

/**
 * A ledger in tkr for January–April 2024 with a "Föregående prognos" column, which names no month: the
 * report compares with it. Rows: level, account, budget, outcome, forecast, previous forecast.
 */
export function previousColumnResult(rows: readonly Row[], explanations?: readonly Row[]): EngineResult {
  const sheets: SheetGrid[] = [
    {
      name: "Underlag",
      rows: [
        ["Belopp i tkr"],
        [
          "Anslagsbindningsnivå",
          "Konto",
          "Budget 2024",
          "Utfall jan–apr 2024",
          "Prognos helår",
          "Föregående prognos",
        ],
        ...rows,
      ],
    },
  ];
  if (explanations)
    sheets.push({
      name: "Förklaringar",
      rows: [["Anslagsbindningsnivå", "Förklaring", "Belopp, tkr", "Avser"], ...explanations],
    });
  return resultFrom({ sheets });
}
