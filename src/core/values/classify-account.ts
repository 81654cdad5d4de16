import type { CellValue } from "../model/grid";
import { cellText } from "../model/grid";
import type { CostTypeLine } from "../settings/settings";
import { normalizeHeader } from "./normalize-text";

/** The account code in a cell: 3110, "3110" and "3110 Taxor och avgifter" all give "3110". */
export function accountCode(value: CellValue | undefined): string {
  const text = cellText(value);
  const digits = /^\d+/.exec(text);
  return digits ? digits[0] : text;
}

export function namesKommunbidrag(value: CellValue | undefined): boolean {
  return normalizeHeader(cellText(value)).includes("kommunbidrag");
}

/**
 * Maps account codes to report lines by the longest matching prefix over all lines, so "46" (köp av
 * huvudverksamhet) wins over "4" (övriga kostnader). Undefined: the account belongs to no line.
 */
export function makeAccountClassifier(
  lines: readonly CostTypeLine[],
): (account: string) => number | undefined {
  const prefixes = lines
    .flatMap((line, index) => line.accounts.map((prefix) => ({ prefix: prefix.trim(), index })))
    .filter((p) => p.prefix !== "")
    .sort((a, b) => b.prefix.length - a.prefix.length);
  const cache = new Map<string, number | undefined>();
  return (account) => {
    if (cache.has(account)) return cache.get(account);
    const found = account === "" ? undefined : prefixes.find((p) => account.startsWith(p.prefix))?.index;
    cache.set(account, found);
    return found;
  };
}
