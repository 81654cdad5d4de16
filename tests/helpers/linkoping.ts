import { join } from "node:path";
import type { EngineResult } from "../../src/core/engine";
import { runEngine } from "../../src/core/engine";
import type { CellValue, SheetGrid } from "../../src/core/model/grid";
import type { SettingsOverride } from "../../src/core/settings/validate-settings";
import { snapshotOf } from "../../src/core/state/forecast-history";
import { readGridFile } from "../../src/io/xlsx/read-grid";

/** Linköping's socialnämnd 2023 (seed 001): the July and August ledgers, built by scripts/fixtures/linkoping.mjs. */
export const LINKOPING = join(__dirname, "..", "fixtures", "linkoping");

/** Explanations of the deviation and of the forecast change (Avser), in mnkr. */
export const FORKLARINGAR: SheetGrid = {
  name: "Förklaringar",
  rows: [
    ["Anslagsbindningsnivå", "Förklaring", "Belopp (mnkr)", "Avser"],
    ["LSS, SFB och HSL", "OPI-ersättning till externa boenden över kompensationen", -14, "Avvikelse"],
    ["LSS, SFB och HSL", "Ökad kostnad för assistans till Försäkringskassan", -9, "Avvikelse"],
    ["LSS, SFB och HSL", "Slutgiltigt OPI-index 4,6 % i stället för 3,5 %", -4, "Prognosförändring"],
    ["Socialpsykiatri", "Fler externa placeringar med komplexa behov", -8, "Avvikelse"],
    ["Vuxna med missbruksproblem", "Färre dygnsplaceringar", 7, "Avvikelse"],
    ["Barn och unga", "Bemanningstjänster i mottagning och utredning", -6, "Avvikelse"],
    ["Barn och unga", "Fler dygnsplaceringar HVB och SiS sedan juli", -4, "Prognosförändring"],
  ] as CellValue[][],
};

export const JUSTERINGAR: SheetGrid = {
  name: "Justeringar",
  rows: [
    ["Anslagsbindningsnivå", "Text", "Belopp (mnkr)"],
    ["LSS, SFB och HSL", "Upplupen semesterlöneskuld", 3.2],
    ["Barn och unga", "Upplupen semesterlöneskuld", 1.1],
  ],
};

export const NYCKELTAL: SheetGrid = {
  name: "Nyckeltal",
  rows: [
    [
      "Nyckeltal",
      "Enhet",
      "Budget 2023",
      "Utfall jan–aug 2023",
      "Utfall jan–aug 2022",
      "Prognos 2023",
      "Bokslut 2022",
    ],
    ["Placerade barn och unga, HVB", "st", 30, 34, 29, 35, 31],
    ["Vårddygn HVB", "dygn", 7300, 5420, 4710, 8100, 7060],
    ["Personlig assistans enligt LSS", "personer", 190, 196, 188, 198, 191],
    ["Hushåll med försörjningsstöd", "hushåll", 1450, 1512, 1398, 1530, 1420],
  ],
};

/** The engine's result, insisting on one: a test's workbook is always readable. */
function resultOf(out: ReturnType<typeof runEngine>): EngineResult {
  const errors = out.issues.filter((i) => i.severity === "error");
  if (!out.result || errors.length > 0)
    throw new Error(`no result: ${out.issues.map((i) => `${i.code} ${i.message}`).join("; ")}`);
  return out.result;
}

/**
 * Linköping's August 2023 compared with July's kept forecast (−25 → −35 mnkr), with `extra` sheets beside
 * the ledger (by default the explanations of the deviation and of the change, the adjustments and the key
 * figures); in mnkr unless `settings` say otherwise.
 */
export async function linkopingAugust(
  settings: SettingsOverride = { reportUnit: "mkr" },
  extra: readonly SheetGrid[] = [FORKLARINGAR, JUSTERINGAR, NYCKELTAL],
): Promise<EngineResult> {
  const july = resultOf(
    runEngine({ workbook: await readGridFile(join(LINKOPING, "linkoping-2023-07.xlsx")), settings }),
  );
  const ledger = await readGridFile(join(LINKOPING, "linkoping-2023-08.xlsx"));
  return resultOf(
    runEngine({
      workbook: { sheets: [...ledger.sheets, ...extra] },
      history: [snapshotOf(july, "2023-08-10 09:00")],
      settings,
    }),
  );
}
