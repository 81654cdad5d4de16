import { issue } from "../messages";
import type { Unit } from "../money";
import { columnIndex } from "../model/grid";
import type { Issue } from "../model/issue";
import { parsePeriod } from "../model/period";
import type { CostTypeLine, LedgerColumns, LevelMappingEntry, Settings, SheetSettings } from "./settings";

/** What a settings file may say: any part of the settings; sheets are matched to the workbook's by name. */
export type SettingsOverride = Partial<Omit<Settings, "version">> & { version?: 1 };

type Obj = Record<string, unknown>;

const UNITS: readonly Unit[] = ["kr", "tkr", "mkr"];
const TOP_KEYS = [
  "version",
  "period",
  "committee",
  "inputSign",
  "reportSign",
  "reportUnit",
  "periodisation",
  "sheets",
  "levelMapping",
  "kommunbidragAccounts",
  "costTypes",
];

/**
 * Checks a settings object from JSON (a `--config` file or the workbook's saved settings). Every
 * problem is an issue naming the setting's path; only valid parts are returned.
 */
export function validateSettings(json: unknown): { override: SettingsOverride; issues: Issue[] } {
  const issues: Issue[] = [];
  const bad = (path: string, problem: string): undefined => {
    issues.push(issue("settings-invalid", { path, problem }));
    return undefined;
  };
  if (!isObj(json)) {
    bad("(hela filen)", "ska vara ett JSON-objekt { … }.");
    return { override: {}, issues };
  }
  const o: SettingsOverride = {};
  unknownKeys(json, TOP_KEYS, "", bad);
  if (json.version !== undefined && json.version !== 1) bad("version", "endast version 1 finns.");
  if (json.period !== undefined) {
    if (typeof json.period === "string" && parsePeriod(json.period)) o.period = json.period;
    else bad("period", 'ska vara en månad på formen "ÅÅÅÅ-MM", till exempel "2024-04".');
  }
  if (json.committee !== undefined) {
    if (typeof json.committee === "string") o.committee = json.committee;
    else bad("committee", "ska vara text.");
  }
  const sign = (k: "inputSign" | "reportSign"): void => {
    const v = json[k];
    if (v === undefined) return;
    if (v === "netCostPositive" || v === "incomePositive") o[k] = v;
    else
      bad(k, 'ska vara "netCostPositive" (kostnader positiva) eller "incomePositive" (intäkter positiva).');
  };
  sign("inputSign");
  sign("reportSign");
  if (json.reportUnit !== undefined) {
    if (json.reportUnit === "tkr" || json.reportUnit === "mkr") o.reportUnit = json.reportUnit;
    else bad("reportUnit", 'ska vara "tkr" eller "mkr".');
  }
  if (json.periodisation !== undefined) {
    if (json.periodisation === "column" || json.periodisation === "linear")
      o.periodisation = json.periodisation;
    else bad("periodisation", 'ska vara "column" (periodbudget ur kolumn) eller "linear" (månader/12).');
  }
  if (json.kommunbidragAccounts !== undefined) {
    const list = stringList(json.kommunbidragAccounts);
    if (list) o.kommunbidragAccounts = list;
    else bad("kommunbidragAccounts", 'ska vara en lista med kontonummer, till exempel ["3901"].');
  }
  if (json.costTypes !== undefined) {
    const lines = costTypes(json.costTypes, bad);
    if (lines) o.costTypes = lines;
  }
  if (json.levelMapping !== undefined) {
    const lm = levelMapping(json.levelMapping, bad);
    if (lm) o.levelMapping = lm;
  }
  if (json.sheets !== undefined) {
    if (!Array.isArray(json.sheets)) bad("sheets", "ska vara en lista med blad.");
    else {
      const sheets = json.sheets
        .map((s, i) => sheet(s, `sheets[${i}]`, bad))
        .filter((s): s is SheetSettings => s !== undefined);
      o.sheets = sheets;
    }
  }
  return { override: o, issues };
}

type Bad = (path: string, problem: string) => undefined;

function isObj(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A misspelt key ("outcom") would silently be ignored: every key not in `known` is an error. */
function unknownKeys(o: Obj, known: readonly string[], path: string, bad: Bad): void {
  for (const key of Object.keys(o))
    if (!known.includes(key))
      bad(path ? `${path}.${key}` : key, `okänd inställning. Kända är: ${known.join(", ")}.`);
}

const LEDGER_COLUMNS = [
  "level",
  "account",
  "accountName",
  "annualBudget",
  "periodBudget",
  "outcome",
  "forecast",
] as const;
const SHEET_KEYS: Record<SheetSettings["role"], readonly string[]> = {
  ledger: ["name", "role", "headerRow", "unit", "columns"],
  mapping: ["name", "role", "headerRow", "dimension", "columns"],
  explanations: ["name", "role", "headerRow", "unit", "columns"],
  ignore: ["name", "role", "headerRow", "unit", "dimension", "columns"],
};
const COLUMN_KEYS: Record<Exclude<SheetSettings["role"], "ignore">, readonly string[]> = {
  ledger: [...LEDGER_COLUMNS, "months", "dimensions"],
  mapping: ["key", "level"],
  explanations: ["level", "text", "amount"],
};

function stringList(v: unknown): string[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const out: unknown[] = v.map((x: unknown) => (typeof x === "number" ? String(x) : x));
  return out.every((x): x is string => typeof x === "string" && x.trim() !== "")
    ? out.map((x) => x.trim())
    : undefined;
}

function column(v: unknown, path: string, bad: Bad): string | undefined {
  if (typeof v === "string" && columnIndex(v.trim().toUpperCase()) !== undefined)
    return v.trim().toUpperCase();
  return bad(path, 'ska vara en kolumnbokstav, till exempel "F".');
}

function positiveInt(v: unknown, path: string, bad: Bad): number | undefined {
  if (typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= 1_048_576) return v;
  return bad(path, "ska vara ett radnummer (1 eller mer).");
}

function unit(v: unknown, path: string, bad: Bad): Unit | undefined {
  if (v === "mnkr") return "mkr";
  if (typeof v === "string" && (UNITS as readonly string[]).includes(v)) return v as Unit;
  return bad(path, 'ska vara "kr", "tkr" eller "mkr".');
}

function costTypes(v: unknown, bad: Bad): CostTypeLine[] | undefined {
  if (!Array.isArray(v) || v.length === 0)
    return bad("costTypes", "ska vara en lista med rader { name, group, accounts }.");
  const lines: CostTypeLine[] = [];
  let ok = true;
  v.forEach((x, i) => {
    const p = `costTypes[${i}]`;
    const accounts = isObj(x) ? stringList(x.accounts) : undefined;
    if (isObj(x)) unknownKeys(x, ["name", "group", "accounts"], p, bad);
    if (!isObj(x) || typeof x.name !== "string" || x.name.trim() === "")
      ok = !!bad(`${p}.name`, "ska vara radens namn.");
    else if (x.group !== "income" && x.group !== "cost" && x.group !== "financial")
      ok = !!bad(`${p}.group`, 'ska vara "income", "cost" eller "financial".');
    else if (!accounts)
      ok = !!bad(`${p}.accounts`, 'ska vara en lista med kontoprefix, till exempel ["46"].');
    else lines.push({ name: x.name.trim(), group: x.group, accounts });
  });
  return ok ? lines : undefined;
}

function levelMapping(v: unknown, bad: Bad): Settings["levelMapping"] {
  if (!isObj(v) || typeof v.dimension !== "string" || v.dimension.trim() === "")
    return bad(
      "levelMapping.dimension",
      'ska vara rubriken på den dimension som mappas, till exempel "Verksamhet".',
    );
  const entries: LevelMappingEntry[] = [];
  if (!Array.isArray(v.entries))
    return bad(
      "levelMapping.entries",
      'ska vara en lista { "key": "510", "level": "Hälsa, vård och omsorg" }.',
    );
  unknownKeys(v, ["dimension", "entries"], "levelMapping", bad);
  for (const [i, e] of v.entries.entries()) {
    if (isObj(e)) unknownKeys(e, ["key", "level"], `levelMapping.entries[${i}]`, bad);
    const key =
      isObj(e) && (typeof e.key === "string" || typeof e.key === "number") ? String(e.key).trim() : "";
    if (!isObj(e) || key === "" || typeof e.level !== "string" || e.level.trim() === "")
      return bad(`levelMapping.entries[${i}]`, 'ska vara { "key": "…", "level": "…" }.');
    entries.push({ key, level: e.level.trim() });
  }
  return { dimension: v.dimension.trim(), entries };
}

function sheet(v: unknown, path: string, bad: Bad): SheetSettings | undefined {
  if (!isObj(v) || typeof v.name !== "string" || v.name === "")
    return bad(`${path}.name`, "ska vara bladets namn.");
  const name = v.name;
  const role = v.role;
  if (role === "ledger" || role === "mapping" || role === "explanations" || role === "ignore")
    unknownKeys(v, SHEET_KEYS[role], path, bad);
  if (role === "ignore") return { name, role: "ignore" };
  const headerRow = positiveInt(v.headerRow, `${path}.headerRow`, bad);
  const cols = isObj(v.columns) ? v.columns : bad(`${path}.columns`, "ska vara ett objekt med kolumner.");
  if (headerRow === undefined || !cols) return undefined;
  if (role === "ledger" || role === "mapping" || role === "explanations")
    unknownKeys(cols, COLUMN_KEYS[role], `${path}.columns`, bad);
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
      const u = unit(v.unit ?? "kr", `${path}.unit`, bad);
      const level = col("level");
      const text = col("text");
      const amount = col("amount");
      return u && level && text && amount
        ? { name, role: "explanations", headerRow, unit: u, columns: { level, text, amount } }
        : undefined;
    }
    default:
      return bad(`${path}.role`, 'ska vara "ledger", "mapping", "explanations" eller "ignore".');
  }
}
