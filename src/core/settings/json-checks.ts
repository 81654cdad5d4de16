import type { Unit } from "../money";
import { columnIndex } from "../model/grid";

/** Small checks shared by the settings validators: each reports through `bad` and returns undefined on failure. */
export type Obj = Record<string, unknown>;

const UNITS: readonly Unit[] = ["kr", "tkr", "mkr"];

export type Bad = (path: string, problem: string) => undefined;

export function isObj(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * A misspelt key ("outcom") must not be ignored silently, and a key a newer version saved must not make
 * this one refuse the file: every key not in `known` is a warning naming it.
 */
export function unknownKeys(o: Obj, known: readonly string[], path: string, warn: Bad): void {
  for (const key of Object.keys(o))
    if (!known.includes(key))
      warn(path ? `${path}.${key}` : key, `okänd inställning, läses inte. Kända är: ${known.join(", ")}.`);
}

export function stringList(v: unknown): string[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const out: unknown[] = v.map((x: unknown) => (typeof x === "number" ? String(x) : x));
  return out.every((x): x is string => typeof x === "string" && x.trim() !== "")
    ? out.map((x) => x.trim())
    : undefined;
}

export function column(v: unknown, path: string, bad: Bad): string | undefined {
  if (typeof v === "string" && columnIndex(v.trim().toUpperCase()) !== undefined)
    return v.trim().toUpperCase();
  return bad(path, 'ska vara en kolumnbokstav, till exempel "F".');
}

export function positiveInt(v: unknown, path: string, bad: Bad): number | undefined {
  if (typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= 1_048_576) return v;
  return bad(path, "ska vara ett radnummer (1 eller mer).");
}

export function unit(v: unknown, path: string, bad: Bad): Unit | undefined {
  if (v === "mnkr") return "mkr";
  if (typeof v === "string" && (UNITS as readonly string[]).includes(v)) return v as Unit;
  return bad(path, 'ska vara "kr", "tkr" eller "mkr".');
}
