/**
 * Calls a test tells the emulated Excel to refuse: a real Excel refuses some calls the emulator carries
 * out (a host's quirk, a setting it cannot apply, a dropped connection), and the add-in must survive
 * that. A refused call fails its sync as any failing call does: the calls before it stay applied, the
 * ones after it in the same sync are dropped.
 */
import type { EmulatorErrorCode } from "./errors";
import { EmulatorError } from "./errors";

export class RefusedCalls {
  private rules: { matches: RegExp; code: EmulatorErrorCode }[] = [];

  /**
   * Refuses, until `allow`, every call whose statement (as errors show it, e.g.
   * `workbook.worksheets.getItem("Blad1").pageLayout.zoom = {…}`) matches `statement`.
   */
  refuse(statement: RegExp, code: EmulatorErrorCode = "GeneralException"): void {
    this.rules.push({ matches: statement, code });
  }

  allow(): void {
    this.rules = [];
  }

  /** The batch asks before each call it carries out. */
  check(statement: string): void {
    const rule = this.rules.find((r) => r.matches.test(statement));
    if (rule !== undefined)
      throw new EmulatorError(rule.code, `The emulated Excel was told to refuse: ${statement}`);
  }
}
