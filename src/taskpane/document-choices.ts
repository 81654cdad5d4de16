import { decisionSentence, documentTitle, DEFAULT_INTERIM_MONTHS } from "../core/document/title";
import type { ReportContext } from "../core/report/header-block";
import type { DocumentSettings } from "../core/settings/settings";
import type { SettingsOverride } from "../core/settings/validate-settings";

/**
 * The tjänsteskrivelse's own choices (settings.document): the delårsrapport months, the title and the
 * decision sentence. Like every choice, each change replaces one part of the override; none changes a
 * figure, so the document is made again from the same result without computing.
 */

/** The months whose report is a delårsrapport: the user's, else April and August. */
export function interimMonthsOf(choices: SettingsOverride): readonly number[] {
  return choices.document?.interimMonths ?? DEFAULT_INTERIM_MONTHS;
}

/**
 * `month` (1–12) ticked or not among the delårsrapport months. Back at the default, the key goes, so
 * the saved settings name no choice the user did not make.
 */
export function withInterimMonth(
  choices: SettingsOverride,
  month: number,
  interim: boolean,
): SettingsOverride {
  const others = interimMonthsOf(choices).filter((m) => m !== month);
  const months = (interim ? [...others, month] : others).sort((a, b) => a - b);
  const isDefault =
    months.length === DEFAULT_INTERIM_MONTHS.length &&
    months.every((m, i) => m === DEFAULT_INTERIM_MONTHS[i]);
  return withDocumentPart(choices, "interimMonths", isDefault ? undefined : months);
}

/**
 * The title or decision as typed. Kept as typed (trailing space and all, or the next letter could not
 * be typed after it); blank removes it, so the made text applies, and the saved settings hold no empty
 * text, which validateSettings would refuse.
 */
export function withDocumentText(
  choices: SettingsOverride,
  key: "title" | "decision",
  text: string,
): SettingsOverride {
  return withDocumentPart(choices, key, text.trim() === "" ? undefined : text);
}

function withDocumentPart<K extends keyof DocumentSettings>(
  choices: SettingsOverride,
  key: K,
  value: DocumentSettings[K] | undefined,
): SettingsOverride {
  const document: DocumentSettings = { ...choices.document };
  if (value === undefined) delete document[key];
  else document[key] = value;
  const next: SettingsOverride = { ...choices, document };
  if (Object.keys(document).length === 0) delete next.document;
  return next;
}

/** The generated report with the document settings the user has now: the same result, other texts. */
export function withDocumentSettings(
  report: ReportContext,
  document: DocumentSettings | undefined,
): ReportContext {
  const settings = { ...report.result.settings };
  if (document) settings.document = document;
  else delete settings.document;
  return { ...report, result: { ...report.result, settings } };
}

/**
 * The texts the period and the months make, shown where the user's own would stand: the title, and
 * the decision sentence (which names the user's title when there is one).
 */
export function madeTexts(
  report: ReportContext,
  document: DocumentSettings | undefined,
): { title: string; decision: string } {
  const without = (...keys: ("title" | "decision")[]): DocumentSettings => {
    const rest: DocumentSettings = { ...document };
    for (const k of keys) delete rest[k];
    return rest;
  };
  return {
    title: documentTitle(withDocumentSettings(report, without("title", "decision")).result),
    decision: decisionSentence(withDocumentSettings(report, without("decision")).result),
  };
}
