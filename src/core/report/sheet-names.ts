/**
 * Names for the report's sheets that never take a sheet the user made: a name already in the
 * workbook gets " (2)", " (3)" … (Excel's limit of 31 characters kept). Sheets the product made
 * itself (`own`) may be replaced under their own name.
 */
export function chooseSheetNames(
  wanted: readonly string[],
  existing: readonly string[],
  own: readonly string[] = [],
): Map<string, string> {
  const taken = new Set(existing.filter((n) => !own.includes(n)).map((n) => n.toLowerCase()));
  const chosen = new Map<string, string>();
  for (const name of wanted) {
    let candidate = name.slice(0, 31);
    for (let i = 2; taken.has(candidate.toLowerCase()); i++) {
      const suffix = ` (${i})`;
      candidate = `${name.slice(0, 31 - suffix.length)}${suffix}`;
    }
    taken.add(candidate.toLowerCase());
    chosen.set(name, candidate);
  }
  return chosen;
}
