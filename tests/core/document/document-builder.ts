import { join } from "node:path";
import type { EngineResult } from "../../../src/core/engine";
import type {
  DocumentBlock,
  DocumentLayout,
  DocumentTable,
} from "../../../src/core/document/document-layout";
import type { SettingsOverride } from "../../../src/core/settings/validate-settings";
import { readGridFile } from "../../../src/io/xlsx/read-grid";
import { linkopingAugust } from "../../helpers/linkoping";
import { resultFrom } from "../report/comparison-results";

/** The bundled example: Lomma's socialnämnd, April 2024, with explanations and investments. */
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

/** Linköping's August 2023 with every sheet beside the ledger (tests/helpers/linkoping.ts). */
export const richLinkoping = (settings?: SettingsOverride): Promise<EngineResult> =>
  linkopingAugust(settings);
