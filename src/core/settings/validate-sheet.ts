import type { Unit } from "../money";
import type { LedgerColumns, SheetSettings } from "./settings";
import { LEDGER_COLUMN_KEYS } from "./settings";
import type { Bad } from "./json-checks";
import { column, isObj, positiveInt, unit, unknownKeys } from "./json-checks";

const LEDGER_COLUMNS = LEDGER_COLUMN_KEYS;
const SHEET_KEYS: Record<SheetSettings["role"], readonly string[]> = {
  ledger: ["name", "role", "headerRow", "unit", "columns"],
  mapping: ["name", "role", "headerRow", "dimension", "columns"],
  explanations: ["name", "role", "headerRow", "unit", "columns"],
  investments: ["name", "role", "headerRow", "unit", "columns"],
  ignore: ["name", "role", "headerRow", "unit", "dimension", "columns"],
};
const COLUMN_KEYS: Record<Exclude<SheetSettings["role"], "ignore">, readonly string[]> = {
  ledger: [...LEDGER_COLUMNS, "months", "dimensions"],
  mapping: ["key", "level"],
  explanations: ["level", "text", "amount"],
  investments: ["level", "budget", "outcome", "forecast"],
};

const isRole = (role: unknown): role is SheetSettings["role"] =>
  typeof role === "string" && Object.keys(SHEET_KEYS).includes(role);

/** One entry of `sheets`: its role decides which keys and columns it may have. */
export function validateSheet(v: unknown, path: string, bad: Bad): SheetSettings | undefined {
  if (!isObj(v) || typeof v.name !== "string" || v.name === "")
    return bad(`${path}.name`, "ska vara bladets namn.");
  const name = v.name;
  const role = v.role;
  if (isRole(role)) unknownKeys(v, SHEET_KEYS[role], path, bad);
  if (role === "ignore") return { name, role: "ignore" };
  const headerRow = positiveInt(v.headerRow, `${path}.headerRow`, bad);
  const cols = isObj(v.columns) ? v.columns : bad(`${path}.columns`, "ska vara ett objekt med kolumner.");
  if (headerRow === undefined || !cols) return undefined;
  if (isRole(role) && role !== "ignore") unknownKeys(cols, COLUMN_KEYS[role], `${path}.columns`, bad);
  const col = (k: string): string | undefined => column(cols[k], `${path}.columns.${k}`, bad);
  switch (v.role) {
    case "ledger": {
      const u = unit(v.unit ?? "kr", `${path}.unit`, bad);
      const columns: LedgerColumns = {};
      for (const k of LEDGER_COLUMNS) {
        if (cols[k] !== undefined) {
          const c = col(k);
          if (c) columns[k] = c;
        }
      }
      for (const k of ["months", "dimensions"] as const) {
        const m = cols[k];
        if (m === undefined) continue;
        if (!isObj(m)) {
          bad(`${path}.columns.${k}`, "ska vara ett objekt { namn: kolumn }.");
          continue;
        }
        const out: Record<string, string> = {};
        for (const [key, letter] of Object.entries(m)) {
          if (k === "months" && !/^(1[0-2]|[1-9])$/.test(key))
            bad(`${path}.columns.months.${key}`, "månaden ska vara 1–12.");
          const c = column(letter, `${path}.columns.${k}.${key}`, bad);
          if (c) out[key] = c;
        }
        columns[k] = out;
      }
      return u ? { name, role: "ledger", headerRow, unit: u, columns } : undefined;
    }
    case "mapping": {
      const key = col("key");
      const level = col("level");
      if (typeof v.dimension !== "string" || v.dimension.trim() === "")
        return bad(`${path}.dimension`, 'ska vara dimensionens rubrik, till exempel "Verksamhet".');
      return key && level
        ? { name, role: "mapping", headerRow, dimension: v.dimension.trim(), columns: { key, level } }
        : undefined;
    }
    case "explanations": {
      const u = optionalUnit(v.unit, `${path}.unit`, bad);
      const level = col("level");
      const text = col("text");
      const amount = col("amount");
      return u.ok && level && text && amount
        ? { name, role: "explanations", headerRow, ...u.unit, columns: { level, text, amount } }
        : undefined;
    }
    case "investments": {
      const u = optionalUnit(v.unit, `${path}.unit`, bad);
      const level = col("level");
      const columns: { budget?: string; outcome?: string; forecast?: string } = {};
      for (const k of ["budget", "outcome", "forecast"] as const) {
        const c = cols[k] === undefined ? undefined : col(k);
        if (c) columns[k] = c;
      }
      return u.ok && level
        ? { name, role: "investments", headerRow, ...u.unit, columns: { level, ...columns } }
        : undefined;
    }
    default:
      return bad(
        `${path}.role`,
        'ska vara "ledger", "mapping", "explanations", "investments" eller "ignore".',
      );
  }
}

/**
 * An explanations or investments sheet's unit: absent stays absent (the engine then assumes the
 * ledger's, with a warning), rather than silently becoming kronor.
 */
function optionalUnit(v: unknown, path: string, bad: Bad): { ok: boolean; unit: { unit?: Unit } } {
  if (v === undefined) return { ok: true, unit: {} };
  const u = unit(v, path, bad);
  return u ? { ok: true, unit: { unit: u } } : { ok: false, unit: {} };
}
