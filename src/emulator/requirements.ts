/**
 * Requirement sets of the emulated Excel. `isSetSupported` has the signature of
 * Office.context.requirements.isSetSupported, so a harness can install it there and the adapter's
 * feature detection sees the same Excel as the emulator enforces.
 */
import { apiNotFound } from "./errors";

/** Highest version per set, e.g. { ExcelApi: "1.7" } for Excel 2016 / 2019 builds of that era. */
export type RequirementSets = Record<string, string>;

/** What the emulator models completely. Newer sets would promise members it does not have. */
export const DEFAULT_REQUIREMENTS: RequirementSets = { ExcelApi: "1.9" };

export interface Requirements {
  readonly sets: RequirementSets;
  isSetSupported(name: string, minVersion?: string | number): boolean;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function createRequirements(sets: RequirementSets = DEFAULT_REQUIREMENTS): Requirements {
  const byName = new Map(Object.entries(sets).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    sets: { ...sets },
    isSetSupported(name: string, minVersion?: string | number): boolean {
      const have = byName.get(name.toLowerCase());
      if (have === undefined) return false;
      return minVersion === undefined || compareVersions(have, String(minVersion)) >= 0;
    },
  };
}

/** Throws ApiNotFound, as office.js does, for a member of ExcelApi `version` on an older Excel. */
export function requireExcelApi(requirements: Requirements, member: string, version: string): void {
  if (!requirements.isSetSupported("ExcelApi", version)) throw apiNotFound(member, `ExcelApi ${version}`);
}
