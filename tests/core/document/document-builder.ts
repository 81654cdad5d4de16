import { join } from "node:path";
import type { EngineResult } from "../../../src/core/engine";
import type {
  DocumentBlock,
  DocumentLayout,
  DocumentTable,
} from "../../../src/core/document/document-layout";
import type { CellValue, SheetGrid } from "../../../src/core/model/grid";
import type { SettingsOverride } from "../../../src/core/settings/validate-settings";
import { snapshotOf } from "../../../src/core/state/forecast-history";
import { readGridFile } from "../../../src/io/xlsx/read-grid";
import { resultFrom } from "../report/comparison-results";

/** The bundled example: Lomma's socialnämnd, April 2024, with explanations and investments. */
const LINKOPING = join(__dirname, "..", "..", "fixtures", "linkoping");

export const EXAMPLE = join(__dirname, "..", "..", "..", "assets", "exempel-socialnamnden-2024-04.xlsx");

export async function lommaResult(settings?: SettingsOverride): Promise<EngineResult> {
  return resultFrom(await readGridFile(EXAMPLE), undefined, settings);
}

/** Every text the document writes: headings, paragraphs, list items, captions, header and body cells. */
export function documentTexts(layout: DocumentLayout): string[] {
  return layout.blocks.flatMap((b: DocumentBlock): string[] => {
    switch (b.kind) {
      case "heading":
        return [b.text];
      case "paragraph":
        return [b.runs.map((r) => r.text).join("")];
      case "list":
        return b.items.map((runs) => runs.map((r) => r.text).join(""));
      case "table":
        return [b.caption, ...b.header.flat().map((h) => h.text), ...b.rows.flatMap((row) => row.cells)];
    }
  });
}

export function tables(layout: DocumentLayout): DocumentTable[] {
  return layout.blocks.filter((b): b is DocumentTable => b.kind === "table");
}

export function tableByCaption(layout: DocumentLayout, part: string): DocumentTable | undefined {
  return tables(layout).find((t) => t.caption.includes(part));
}

/** Explanations of the deviation and of the forecast change (Avser), in mnkr. */
const FORKLARINGAR: SheetGrid = {
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

const JUSTERINGAR: SheetGrid = {
  name: "Justeringar",
  rows: [
    ["Anslagsbindningsnivå", "Text", "Belopp (mnkr)"],
    ["LSS, SFB och HSL", "Upplupen semesterlöneskuld", 3.2],
    ["Barn och unga", "Upplupen semesterlöneskuld", 1.1],
  ],
};

const NYCKELTAL: SheetGrid = {
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

/**
 * Linköping's August 2023 as the report pictures have it (tests/io/xlsx/render-comparison-pictures):
 * compared with July's kept forecast (−25 → −35 mnkr), with explanations of the deviation and of the
 * change, adjustments and key figures; in mnkr unless `settings` say otherwise.
 */
export async function richLinkoping(
  settings: SettingsOverride = { reportUnit: "mkr" },
): Promise<EngineResult> {
  const july = resultFrom(await readGridFile(join(LINKOPING, "linkoping-2023-07.xlsx")), undefined, settings);
  const ledger = await readGridFile(join(LINKOPING, "linkoping-2023-08.xlsx"));
  return resultFrom(
    { sheets: [...ledger.sheets, FORKLARINGAR, JUSTERINGAR, NYCKELTAL] },
    [snapshotOf(july, "2023-08-10 09:00")],
    settings,
  );
}
