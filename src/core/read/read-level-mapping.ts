import { issue } from "../messages";
import type { SheetGrid } from "../model/grid";
import { cellRef, cellText, columnIndex } from "../model/grid";
import type { Issue } from "../model/issue";
import type { LevelMappingEntry, MappingSheet } from "../settings/settings";

/** Keys of one dimension ("Verksamhet") to anslagsbindningsnivå, in the order they were listed. */
export type LevelMapping = {
  dimension: string;
  levels: ReadonlyMap<string, string>;
  /** level names in the mapping's order: the report lists levels in this order */
  order: readonly string[];
};

export function readMappingSheet(
  sheet: SheetGrid,
  layout: MappingSheet,
): { entries: LevelMappingEntry[]; cells: string[] } {
  const keyCol = columnIndex(layout.columns.key) ?? 0;
  const levelCol = columnIndex(layout.columns.level) ?? 0;
  const entries: LevelMappingEntry[] = [];
  const cells: string[] = [];
  for (let r = layout.headerRow; r < sheet.rows.length; r++) {
    const key = cellText(sheet.rows[r]?.[keyCol]);
    const level = cellText(sheet.rows[r]?.[levelCol]);
    if (key === "" || level === "") continue;
    entries.push({ key, level });
    cells.push(cellRef(r, keyCol));
  }
  return { entries, cells };
}

/** Builds one mapping from entries (the settings' first, then the sheets'); a key mapped twice keeps its first level. */
export function buildLevelMapping(
  dimension: string,
  entries: readonly LevelMappingEntry[],
  places: readonly { sheet?: string; cell?: string }[],
): { mapping: LevelMapping; issues: Issue[] } {
  const levels = new Map<string, string>();
  const order: string[] = [];
  const issues: Issue[] = [];
  entries.forEach(({ key, level }, i) => {
    const k = key.trim();
    const l = level.trim();
    const existing = levels.get(k);
    if (existing !== undefined) {
      if (existing !== l)
        issues.push(issue("mapping-key-twice", { key: k, first: existing, second: l }, places[i] ?? {}));
      return;
    }
    levels.set(k, l);
    if (!order.includes(l)) order.push(l);
  });
  return { mapping: { dimension, levels, order }, issues };
}

/** "510" and "510 Hemtjänst" both find the key "510"; the longest key that fits wins. */
export function lookupLevel(mapping: LevelMapping, text: string): string | undefined {
  const exact = mapping.levels.get(text);
  if (exact !== undefined) return exact;
  for (let i = text.lastIndexOf(" "); i > 0; i = text.lastIndexOf(" ", i - 1)) {
    const hit = mapping.levels.get(text.slice(0, i).trim());
    if (hit !== undefined) return hit;
  }
  return undefined;
}
