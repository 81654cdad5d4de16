import { issue } from "../messages";
import type { Issue } from "../model/issue";
import { parsePeriod } from "../model/period";
import type { Bad } from "./json-checks";
import { column, isObj, stringList, unknownKeys } from "./json-checks";
import type { CostTypeLine, DocumentSettings, LevelMappingEntry, Settings, SheetSettings } from "./settings";
import { SETTINGS_VERSION } from "./settings";
import { validateSheet } from "./validate-sheet";

/** What a settings file may say: any part of the settings; sheets are matched to the workbook's by name. */
export type SettingsOverride = Partial<Omit<Settings, "version">> & { version?: 1 | 2 };

const TOP_KEYS = [
  "version",
  "period",
  "committee",
  "inputSign",
  "reportSign",
  "reportUnit",
  "periodisation",
  "sheets",
  "columns",
  "compareWith",
  "document",
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
  const warn = (path: string, problem: string): undefined => {
    issues.push(issue("settings-unknown-key", { path, problem }));
    return undefined;
  };
  if (!isObj(json)) {
    bad("(hela filen)", "ska vara ett JSON-objekt { … }.");
    return { override: {}, issues };
  }
  const o: SettingsOverride = {};
  unknownKeys(json, TOP_KEYS, "", warn);
  // Version 1 reads as version 2 unchanged (2 only added keys); a newer one is read as far as it is known.
  if (json.version !== undefined && json.version !== 1 && json.version !== SETTINGS_VERSION) {
    if (typeof json.version === "number" && Number.isInteger(json.version) && json.version > SETTINGS_VERSION)
      warn(
        "version",
        `sparades av en nyare version (${json.version}); det som den här versionen känner till läses.`,
      );
    else bad("version", `ska vara 1 eller ${SETTINGS_VERSION}.`);
  }
  if (json.period !== undefined) {
    if (typeof json.period === "string" && parsePeriod(json.period)) o.period = json.period;
    else bad("period", 'ska vara en månad på formen "ÅÅÅÅ-MM", till exempel "2024-04".');
  }
  if (json.compareWith !== undefined) {
    if (typeof json.compareWith === "string" && parsePeriod(json.compareWith))
      o.compareWith = json.compareWith;
    else bad("compareWith", 'ska vara en månad på formen "ÅÅÅÅ-MM", till exempel "2024-04".');
  }
  if (json.document !== undefined) {
    const d = validateDocument(json.document, bad, warn);
    if (d) o.document = d;
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
    if (
      json.periodisation === "column" ||
      json.periodisation === "linear" ||
      json.periodisation === "monthly"
    )
      o.periodisation = json.periodisation;
    else
      bad(
        "periodisation",
        'ska vara "column" (periodbudget ur kolumn), "monthly" (budgetmånaderna t.o.m. perioden) eller "linear" (månader/12).',
      );
  }
  if (json.columns !== undefined) {
    const chosen = columnChoices(json.columns, bad, warn);
    if (chosen) o.columns = chosen;
  }
  if (json.kommunbidragAccounts !== undefined) {
    const list = stringList(json.kommunbidragAccounts);
    if (list) o.kommunbidragAccounts = list;
    else bad("kommunbidragAccounts", 'ska vara en lista med kontonummer, till exempel ["3901"].');
  }
  if (json.costTypes !== undefined) {
    const lines = costTypes(json.costTypes, bad, warn);
    if (lines) o.costTypes = lines;
  }
  if (json.levelMapping !== undefined) {
    const lm = levelMapping(json.levelMapping, bad, warn);
    if (lm) o.levelMapping = lm;
  }
  if (json.sheets !== undefined) {
    if (!Array.isArray(json.sheets)) bad("sheets", "ska vara en lista med blad.");
    else {
      const sheets = json.sheets
        .map((s, i) => validateSheet(s, `sheets[${i}]`, bad, warn))
        .filter((s): s is SheetSettings => s !== undefined);
      o.sheets = sheets;
    }
  }
  return { override: o, issues };
}

function costTypes(v: unknown, bad: Bad, warn: Bad): CostTypeLine[] | undefined {
  if (!Array.isArray(v) || v.length === 0)
    return bad("costTypes", "ska vara en lista med rader { name, group, accounts }.");
  const lines: CostTypeLine[] = [];
  let ok = true;
  v.forEach((x, i) => {
    const p = `costTypes[${i}]`;
    const accounts = isObj(x) ? stringList(x.accounts) : undefined;
    if (isObj(x)) unknownKeys(x, ["name", "group", "accounts"], p, warn);
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

function levelMapping(v: unknown, bad: Bad, warn: Bad): Settings["levelMapping"] {
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
  unknownKeys(v, ["dimension", "entries"], "levelMapping", warn);
  for (const [i, e] of v.entries.entries()) {
    if (isObj(e)) unknownKeys(e, ["key", "level"], `levelMapping.entries[${i}]`, warn);
    const key =
      isObj(e) && (typeof e.key === "string" || typeof e.key === "number") ? String(e.key).trim() : "";
    if (!isObj(e) || key === "" || typeof e.level !== "string" || e.level.trim() === "")
      return bad(`levelMapping.entries[${i}]`, 'ska vara { "key": "…", "level": "…" }.');
    entries.push({ key, level: e.level.trim() });
  }
  return { dimension: v.dimension.trim(), entries };
}

const FIGURE_ROLES = ["annualBudget", "periodBudget", "outcome", "forecast"] as const;

/** `{ "Rapport": { "outcome": "J" } }`: single columns chosen per sheet, without restating the sheet. */
function columnChoices(v: unknown, bad: Bad, warn: Bad): Settings["columns"] {
  if (!isObj(v)) return bad("columns", 'ska vara { "Blad": { "outcome": "J" } }.');
  const out: NonNullable<Settings["columns"]> = {};
  for (const [sheet, roles] of Object.entries(v)) {
    if (!isObj(roles)) {
      bad(`columns.${sheet}`, 'ska vara { "outcome": "J" }.');
      continue;
    }
    unknownKeys(roles, FIGURE_ROLES, `columns.${sheet}`, warn);
    const chosen: Partial<Record<(typeof FIGURE_ROLES)[number], string>> = {};
    for (const role of FIGURE_ROLES) {
      if (roles[role] === undefined) continue;
      const letter = column(roles[role], `columns.${sheet}.${role}`, bad);
      if (letter) chosen[role] = letter;
    }
    out[sheet] = chosen;
  }
  return out;
}

/** `document`: the delårsrapport months (1–12), texts that replace the made ones, the Word template's path. */
function validateDocument(v: unknown, bad: Bad, warn: Bad): DocumentSettings | undefined {
  if (!isObj(v)) return bad("document", "ska vara ett objekt { interimMonths, title, decision, template }.");
  unknownKeys(v, ["interimMonths", "title", "decision", "template"], "document", warn);
  const d: DocumentSettings = {};
  if (v.interimMonths !== undefined) {
    const months = v.interimMonths;
    if (
      Array.isArray(months) &&
      months.every((m): m is number => typeof m === "number" && Number.isInteger(m) && m >= 1 && m <= 12)
    )
      d.interimMonths = [...new Set(months)].sort((a, b) => a - b);
    else bad("document.interimMonths", "ska vara en lista med månader 1–12, till exempel [4, 8].");
  }
  for (const k of ["title", "decision"] as const) {
    const t = v[k];
    if (t === undefined) continue;
    if (typeof t === "string" && t.trim() !== "") d[k] = t.trim();
    else bad(`document.${k}`, "ska vara en text.");
  }
  if (v.template !== undefined) {
    if (typeof v.template === "string" && v.template.trim() !== "") d.template = v.template.trim();
    else bad("document.template", 'ska vara sökvägen till en Word-mall, till exempel "mall.docx".');
  }
  return d;
}
