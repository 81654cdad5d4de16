import type { DocumentLayout } from "../../../src/core/document/document-layout";

const MINUS = "\u2212";
const NBSP = "\u00a0";

/**
 * A tjänsteskrivelse made by hand as the layout builder would make it, for the renderers' tests: two header
 * rows with a spanned heading, a level group with a subtotal, a total, a list, the placeholder, and the
 * user's own words that look like markup or a formula.
 */
export function sampleDocument(): DocumentLayout {
  return {
    page: { size: "A4", orientation: "portrait", marginsMm: { top: 25, right: 25, bottom: 25, left: 25 } },
    font: { family: "Calibri", sizePt: 11 },
    footer: {
      text: "Socialnämnden · Delårsrapport per den 30 april med prognos för helår 2024",
      pageLabel: "Sida",
    },
    properties: {
      title: "Delårsrapport per den 30 april med prognos för helår 2024",
      subject: "Socialnämnden",
      creator: "Budgetrapport",
    },
    blocks: [
      { kind: "heading", level: 1, text: "Delårsrapport per den 30 april med prognos för helår 2024" },
      { kind: "paragraph", style: "meta", runs: [{ text: "Socialnämnden" }] },
      { kind: "paragraph", style: "meta", runs: [{ text: "2024-05-14" }] },
      { kind: "heading", level: 2, text: "Förslag till beslut" },
      {
        kind: "paragraph",
        runs: [{ text: "Socialnämndens delårsrapport godkänns och överlämnas till kommunstyrelsen." }],
      },
      { kind: "heading", level: 2, text: "Ärende" },
      {
        kind: "paragraph",
        runs: [
          { text: "Prognosen för helåret är ett underskott på " },
          { text: `19,6${NBSP}mnkr`, bold: true },
          { text: " (" },
          { text: "LSS", italic: true },
          { text: ")." },
        ],
      },
      {
        kind: "list",
        ordered: false,
        items: [
          [{ text: `Individ- och familjeomsorg: ${MINUS}12${NBSP}300 tkr` }],
          [{ text: "<script>alert(1)</script> & =SUMMA(A1:A3)" }],
        ],
      },
      {
        kind: "table",
        caption: "Tabell 1. Avvikelse per anslagsbindningsnivå (tkr)",
        columns: [
          { widthPercent: 40, align: "left" },
          { widthPercent: 20, align: "right" },
          { widthPercent: 20, align: "right" },
          { widthPercent: 20, align: "right" },
        ],
        header: [
          [{ text: "" }, { text: "Perioden", span: 1 }, { text: "Helår", span: 2 }],
          [
            { text: "Anslagsbindningsnivå" },
            { text: "Avvikelse" },
            { text: "Prognos" },
            { text: "Avvikelse" },
          ],
        ],
        rows: [
          { kind: "group", cells: ["Vård och omsorg", "", "", ""] },
          { kind: "line", cells: ["Äldreomsorg", `1${NBSP}200`, `310${NBSP}000`, `${MINUS}7${NBSP}300`] },
          { kind: "line", cells: ["=SUMMA(B2:B3)", "0", "0", "0"] },
          {
            kind: "subtotal",
            cells: ["Summa vård och omsorg", `1${NBSP}200`, `310${NBSP}000`, `${MINUS}7${NBSP}300`],
          },
          { kind: "line", cells: ["LSS", "400", `90${NBSP}000`, `1${NBSP}400`] },
          { kind: "total", cells: ["Totalt", `1${NBSP}600`, `400${NBSP}000`, `${MINUS}5${NBSP}900`] },
        ],
      },
      { kind: "paragraph", style: "note", runs: [{ text: "Positiv avvikelse = överskott." }] },
      { kind: "heading", level: 2, text: "Bakgrund" },
      { kind: "paragraph", style: "placeholder", runs: [{ text: "[Skriv bakgrunden här.]" }] },
    ],
  };
}
