import type { ReportContext } from "../report/header-block";
import { SIGN_TEXT, committeeName } from "../report/header-block";
import { INVESTMENT_SIGN_TEXT } from "../report/investments-sheet";
import type { DocumentBlock, DocumentLayout, DocumentTable } from "./document-layout";
import { adjustmentsTable } from "./adjustments-table";
import { errandParagraphs } from "./errand-text";
import { changeExplanationsTable, explanationsTable } from "./explanations-table";
import { changeTable, levelTable } from "./level-table";
import { costTypeTable, investmentsTable, keyFiguresTable } from "./report-tables";
import { decisionSentence, documentTitle } from "./title";

export const DECISION_HEADING = "Förslag till beslut";
export const ERRAND_HEADING = "Ärende";
export const TABLES_HEADING = "Tabeller";
export const BACKGROUND_HEADING = "Bakgrund";
export const BACKGROUND_PLACEHOLDER =
  "[Skriv bakgrunden här: verksamhetens uppdrag och förutsättningar, viktiga händelser och beslut under perioden, och vad som görs för en ekonomi i balans.]";
export const CREATOR = "Budgetrapport";

const paragraph = (
  text: string,
  style: "body" | "meta" | "placeholder" | "note" = "body",
): DocumentBlock => ({
  kind: "paragraph",
  runs: [{ text }],
  style,
});

/**
 * The tjänsteskrivelse, in the seeds' order: title, the committee and the date, Förslag till beslut,
 * Ärende (the report summary's sentences), the report's tables numbered with their unit in the caption,
 * and Bakgrund left for the economist. Every figure is a report sheet's own cell, formatted once
 * (cell-text.ts).
 */
export function layoutDocument(ctx: ReportContext): DocumentLayout {
  const r = ctx.result;
  const title = documentTitle(r);
  const committee = committeeName(r);
  const unit = r.settings.reportUnit === "tkr" ? "tkr" : "mnkr";
  const blocks: DocumentBlock[] = [
    { kind: "heading", level: 1, text: title },
    paragraph(committee, "meta"),
    paragraph(ctx.generatedAt.slice(0, 10), "meta"),
    { kind: "heading", level: 2, text: DECISION_HEADING },
    { kind: "list", ordered: true, items: [[{ text: decisionSentence(r) }]] },
    { kind: "heading", level: 2, text: ERRAND_HEADING },
    ...errandParagraphs(r).map((p) => paragraph(p)),
    { kind: "heading", level: 2, text: TABLES_HEADING },
    paragraph(
      `Belopp i ${unit}. ${SIGN_TEXT[r.settings.reportSign]} Summor är beräknade exakt före avrundning; avrundningsdifferenser kan förekomma.`,
      "note",
    ),
  ];
  let number = 0;
  const table = (t: DocumentTable | undefined, note?: string): void => {
    if (!t) return;
    number += 1;
    blocks.push({ ...t, caption: `Tabell ${number}. ${t.caption}` });
    if (note) blocks.push(paragraph(note, "note"));
  };
  table(levelTable(ctx, `Avvikelse per anslagsbindningsnivå (${unit})`));
  const adjusted = adjustmentsTable(ctx, `Periodens resultat efter justeringar (${unit})`);
  table(adjusted?.table, adjusted?.note);
  table(changeTable(ctx, `Prognosens förändring per anslagsbindningsnivå (${unit})`));
  table(costTypeTable(ctx, `Driftredovisning per kostnadsslag (${unit})`));
  table(investmentsTable(ctx, `Investeringsredovisning (${unit})`), INVESTMENT_SIGN_TEXT);
  const explanations = explanationsTable(
    ctx,
    `Prognostiserad budgetavvikelse helår, viktigaste förklaringar (${unit})`,
  );
  table(explanations.table, explanations.note);
  const change = changeExplanationsTable(ctx, `Förklaringar till prognosförändringen (${unit})`);
  table(change?.table, change?.note);
  table(keyFiguresTable(ctx, "Nyckeltal"), "Nyckeltalen i sina egna enheter; de ingår inte i några belopp.");
  blocks.push(
    { kind: "heading", level: 2, text: BACKGROUND_HEADING },
    paragraph(BACKGROUND_PLACEHOLDER, "placeholder"),
  );
  return {
    page: { size: "A4", orientation: "portrait", marginsMm: { top: 25, right: 25, bottom: 25, left: 25 } },
    font: { family: "Calibri", sizePt: 11 },
    properties: { title, subject: `Tjänsteskrivelse, ${committee}`, creator: CREATOR },
    footer: { text: `${committee} · ${title}`, pageLabel: "Sida" },
    blocks,
  };
}
