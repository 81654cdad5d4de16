import type { SheetGrid } from "../model/grid";
import { cellText } from "../model/grid";

const COMMITTEE = /((?:[\p{L}]+-? och )?[\p{L}-]*(?:nämnden|nämnd|styrelsen|styrelse))(?![\p{L}])/iu;

/** The committee a ledger's title names: "Socialnämnden – underlag …" → "Socialnämnden". */
export function detectCommittee(
  ledgers: readonly { sheet: SheetGrid; headerRow: number }[],
): string | undefined {
  for (const { sheet, headerRow } of ledgers) {
    for (let r = 0; r < headerRow - 1; r++) {
      for (const value of sheet.rows[r] ?? []) {
        const m = COMMITTEE.exec(cellText(value));
        if (m?.[1]) return m[1].charAt(0).toUpperCase() + m[1].slice(1);
      }
    }
  }
  return undefined;
}
