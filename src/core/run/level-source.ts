import { issue } from "../messages";
import { cellRef } from "../model/grid";
import type { Issue } from "../model/issue";
import type { LevelMapping } from "../read/read-level-mapping";
import { buildLevelMapping, readMappingSheet } from "../read/read-level-mapping";
import { sameHeader } from "../read/read-ledger";
import type { LevelMappingEntry, MappingSheet, Settings } from "../settings/settings";
import type { Sheet, Sources } from "./sources";

/**
 * Where each ledger's anslagsbindningsnivå comes from: its own column, or a mapping (the settings'
 * entries first, then the mapping sheets of the same dimension). A ledger with neither is an error.
 */
export function levelSource(
  given: Settings["levelMapping"],
  sources: Sources,
): { mapping?: LevelMapping; issues: Issue[] } {
  const issues: Issue[] = [];
  const mapping = levelMapping(given, sources.mappings, issues);
  for (const { sheet, layout } of sources.ledgers) {
    if (layout.columns.level) continue;
    const dims = Object.keys(layout.columns.dimensions ?? {});
    const keyed =
      mapping &&
      (dims.some((d) => sameHeader(d, mapping.dimension)) ||
        (sameHeader(mapping.dimension, "konto") && layout.columns.account));
    if (!keyed)
      issues.push(
        issue(
          "no-level-source",
          { dimensions: dims.length ? dims.join(", ") : "bladets kolumner" },
          // the header row, where the column would be added
          { sheet: sheet.name, cell: cellRef(layout.headerRow - 1, 0) },
        ),
      );
  }
  return { ...(mapping ? { mapping } : {}), issues };
}

function levelMapping(
  given: Settings["levelMapping"],
  sheets: readonly Sheet<MappingSheet>[],
  issues: Issue[],
): LevelMapping | undefined {
  const dimension = given?.dimension ?? sheets[0]?.layout.dimension;
  if (dimension === undefined) return undefined;
  const entries: LevelMappingEntry[] = [...(given?.entries ?? [])];
  const places: { sheet?: string; cell?: string }[] = entries.map(() => ({}));
  for (const { sheet, layout } of sheets) {
    if (!sameHeader(layout.dimension, dimension)) continue;
    const read = readMappingSheet(sheet, layout);
    entries.push(...read.entries);
    places.push(...read.cells.map((cell) => ({ sheet: sheet.name, cell })));
  }
  const built = buildLevelMapping(dimension, entries, places);
  issues.push(...built.issues);
  return built.mapping;
}
