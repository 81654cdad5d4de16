import type { Unit } from "../money";
import type { SheetGrid } from "../model/grid";
import { cellText } from "../model/grid";
import { unitFromWord } from "./header-words";
import { normalizeHeader } from "../values/normalize-text";

const UNIT_NOTE = /(?:belopp i|belopp,|\(|^|\s)(kronor|kr|tkr|mkr|mnkr)(?:\)|[\s.,;]|$)/;
/** "Belopp i tusentals kronor", "i miljoner kronor": the words for tkr and mkr, read before "kronor" alone. */
const UNIT_WORDS = /(?:^|[\s(])(tusen(?:tals)?|miljoner|miljontals) kr(?:onor)?(?=\)|[\s.,;]|$)/;

/**
 * The unit a sheet's notes state above its header row ("Belopp i tkr", "(mkr)"); undefined when none
 * does. A unit named in a column header is read with the header and wins over this.
 */
export function detectUnitAbove(sheet: SheetGrid, headerRow: number): Unit | undefined {
  for (let r = 0; r < headerRow; r++) {
    for (const value of sheet.rows[r] ?? []) {
      const text = normalizeHeader(cellText(value));
      const words = UNIT_WORDS.exec(text)?.[1];
      const m = UNIT_NOTE.exec(text);
      const unit = words
        ? words.startsWith("tusen")
          ? "tkr"
          : "mkr"
        : m?.[1]
          ? unitFromWord(m[1])
          : undefined;
      if (unit) return unit;
    }
  }
  return undefined;
}
