import type { Unit } from "../money";
import type { KeyFiguresSheet, LedgerColumns, LongLedgerSheet, SheetSettings } from "./settings";
import { LEDGER_COLUMN_KEYS } from "./settings";
import type { Bad } from "./json-checks";
import { column, isObj, positiveInt, unit, unknownKeys } from "./json-checks";

const LEDGER_COLUMNS = LEDGER_COLUMN_KEYS;
const KEY_FIGURE_COLUMNS = [
  "unit",
  "plan",
  "outcome",
  "lastYearOutcome",
  "forecast",
  "lastYearAnnual",
] as const satisfies readonly (keyof KeyFiguresSheet["columns"])[];
const SHEET_KEYS: Record<SheetSettings["role"], readonly string[]> = {
  ledger: ["name", "role", "headerRow", "unit", "columns", "form"],
  long: ["name", "role", "headerRow", "unit", "columns"],
  mapping: ["name", "role", "headerRow", "dimension", "columns"],
  explanations: ["name", "role", "headerRow", "unit", "columns"],
  investments: ["name", "role", "headerRow", "unit", "columns"],
  adjustments: ["name", "role", "headerRow", "unit", "columns"],
  keyFigures: ["name", "role", "headerRow", "columns"],
  ignore: ["name", "role", "headerRow", "unit", "dimension", "columns"],
};
const COLUMN_KEYS: Record<Exclude<SheetSettings["role"], "ignore">, readonly string[]> = {
  ledger: [
    ...LEDGER_COLUMNS,
    "months",
    "budgetMonths",
    "dimensions",
    "monthOutcome",
    "lastYearOutcome",
    "lastYearFinal",
    "previousForecast",
    "deviations",
  ],
  long: ["level", "account", "accountName", "dimensions", "amount", "kind", "period", "year", "month"],
  mapping: ["key", "level"],
  explanations: ["level", "text", "amount", "about"],
  investments: ["level", "budget", "outcome", "forecast"],
  adjustments: ["level", "text", "amount"],
  keyFigures: ["name", ...KEY_FIGURE_COLUMNS],
};

const isRole = (role: unknown): role is SheetSettings["role"] =>
  typeof role === "string" && Object.keys(SHEET_KEYS).includes(role);

/** One entry of `sheets`: its role decides which keys and columns it may have. */
export function validateSheet(v: unknown, path: string, bad: Bad, warn: Bad): SheetSettings | undefined {
  if (!isObj(v) || typeof v.name !== "string" || v.name === "")
    return bad(`${path}.name`, "ska vara bladets namn.");
  const name = v.name;
  const role = v.role;
  // a role a newer version knows: its sheet is detected as if the settings did not name it
  if (typeof role === "string" && role !== "" && !isRole(role))
    return warn(
      `${path}.role`,
      `"${role}" är en roll som den här versionen inte känner till; bladet läses som om det inte nämnts.`,
    );
  if (isRole(role)) unknownKeys(v, SHEET_KEYS[role], path, warn);
  if (role === "ignore") return { name, role: "ignore" };
  const headerRow = positiveInt(v.headerRow, `${path}.headerRow`, bad);
  const cols = isObj(v.columns) ? v.columns : bad(`${path}.columns`, "ska vara ett objekt med kolumner.");
  if (headerRow === undefined || !cols) return undefined;
  if (isRole(role) && role !== "ignore") unknownKeys(cols, COLUMN_KEYS[role], `${path}.columns`, warn);
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
      for (const k of ["monthOutcome", "lastYearOutcome", "lastYearFinal", "previousForecast"] as const) {
        if (cols[k] === undefined) continue;
        const c = col(k);
        if (c) columns[k] = c;
      }
      for (const k of ["months", "budgetMonths", "dimensions"] as const) {
        const m = letterMap(cols[k], `${path}.columns.${k}`, k !== "dimensions", bad);
        if (m) columns[k] = m;
      }
      if (cols.deviations !== undefined) {
        const list = Array.isArray(cols.deviations) ? cols.deviations : undefined;
        if (!list) bad(`${path}.columns.deviations`, 'ska vara en lista med kolumner, till exempel ["J"].');
        else
          columns.deviations = list.flatMap(
            (l, i) => column(l, `${path}.columns.deviations.${i}`, bad) ?? [],
          );
      }
      const form =
        v.form === undefined
          ? undefined
          : v.form === "pivot" || v.form === "table"
            ? v.form
            : bad(`${path}.form`, 'ska vara "table" eller "pivot".');
      return u ? { name, role: "ledger", headerRow, unit: u, columns, ...(form ? { form } : {}) } : undefined;
    }
    case "long": {
      const u = unit(v.unit ?? "kr", `${path}.unit`, bad);
      const amount = col("amount");
      const kind = col("kind");
      const columns: LongLedgerSheet["columns"] = { amount: amount ?? "", kind: kind ?? "" };
      for (const k of ["level", "account", "accountName", "period", "year", "month"] as const) {
        if (cols[k] === undefined) continue;
        const c = col(k);
        if (c) columns[k] = c;
      }
      const dims = letterMap(cols.dimensions, `${path}.columns.dimensions`, false, bad);
      if (dims) columns.dimensions = dims;
      if (!columns.period && !(columns.year && columns.month))
        bad(`${path}.columns`, 'behöver "period", eller "year" och "month".');
      return u && amount && kind ? { name, role: "long", headerRow, unit: u, columns } : undefined;
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
      const about = cols.about === undefined ? undefined : col("about");
      const aboutColumn = about ? { about } : {};
      return u.ok && level && text && amount
        ? {
            name,
            role: "explanations",
            headerRow,
            ...u.unit,
            columns: { level, text, amount, ...aboutColumn },
          }
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
    case "adjustments": {
      const u = optionalUnit(v.unit, `${path}.unit`, bad);
      const level = col("level");
      const text = col("text");
      const amount = col("amount");
      return u.ok && level && text && amount
        ? { name, role: "adjustments", headerRow, ...u.unit, columns: { level, text, amount } }
        : undefined;
    }
    case "keyFigures": {
      const label = col("name");
      const columns: KeyFiguresSheet["columns"] = { name: label ?? "" };
      for (const k of KEY_FIGURE_COLUMNS) {
        const c = cols[k] === undefined ? undefined : col(k);
        if (c) columns[k] = c;
      }
      return label ? { name, role: "keyFigures", headerRow, columns } : undefined;
    }
    default:
      return bad(
        `${path}.role`,
        'ska vara "ledger", "long", "mapping", "explanations", "investments", "adjustments", "keyFigures" eller "ignore".',
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

/** `{ "1": "C", "2": "D" }` (months 1–12) or `{ "Verksamhet": "B" }`: names to columns. */
function letterMap(m: unknown, path: string, months: boolean, bad: Bad): Record<string, string> | undefined {
  if (m === undefined) return undefined;
  if (!isObj(m)) return bad(path, "ska vara ett objekt { namn: kolumn }.");
  const out: Record<string, string> = {};
  for (const [key, letter] of Object.entries(m)) {
    if (months && !/^(1[0-2]|[1-9])$/.test(key)) bad(`${path}.${key}`, "månaden ska vara 1–12.");
    const c = column(letter, `${path}.${key}`, bad);
    if (c) out[key] = c;
  }
  return out;
}
