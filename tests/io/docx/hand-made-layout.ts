import type { DocumentLayout } from "../../../src/core/document/document-layout";

/** U+2212 and U+00A0, as core formats figures. */
const M = "\u2212";
const S = "\u00a0";

/**
 * A tjänsteskrivelse made by hand, with every kind of block and row: it tests the renderer alone,
 * whatever the layout builder writes.
 */
export function handMadeLayout(): DocumentLayout {
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
      { kind: "paragraph", style: "meta", runs: [{ text: "2024-05-13" }] },
      { kind: "heading", level: 2, text: "Förslag till beslut" },
      {
        kind: "paragraph",
        runs: [{ text: "Delårsrapporten godkänns och överlämnas till kommunstyrelsen." }],
      },
      { kind: "heading", level: 2, text: "Ärende" },
      {
        kind: "paragraph",
        runs: [
          { text: "Resultatet för perioden är " },
          { text: `${M}1${S}234 tkr`, bold: true },
          { text: " och prognosen för helåret " },
          { text: `${M}3${S}500 tkr`, italic: true },
          { text: "." },
        ],
      },
      {
        kind: "list",
        ordered: false,
        items: [
          [{ text: "Äldreomsorg: fler hemtjänsttimmar än budgeterat." }],
          [{ text: "Individ- och familjeomsorg." }],
        ],
      },
      { kind: "list", ordered: true, items: [[{ text: "Första punkten" }], [{ text: "Andra punkten" }]] },
      { kind: "heading", level: 3, text: "Per anslagsbindningsnivå" },
      {
        kind: "table",
        caption: "Tabell 1. Driftredovisning per anslagsbindningsnivå (tkr)",
        columns: [
          { widthPercent: 40, align: "left" },
          { widthPercent: 20, align: "right" },
          { widthPercent: 20, align: "right" },
          { widthPercent: 20, align: "right" },
        ],
        header: [
          [{ text: "" }, { text: "Helår", span: 3 }],
          [{ text: "Nivå" }, { text: "Budget" }, { text: "Prognos" }, { text: "Avvikelse" }],
        ],
        rows: [
          { kind: "group", cells: ["Vård och omsorg"] },
          { kind: "line", cells: ["Äldreomsorg", `120${S}000`, `123${S}500`, `${M}3${S}500`] },
          { kind: "line", cells: ["Funktionsstöd", `80${S}000`, `79${S}000`, `1${S}000`] },
          { kind: "subtotal", cells: ["Summa vård och omsorg", `200${S}000`, `202${S}500`, `${M}2${S}500`] },
          { kind: "total", cells: ["Totalt", `250${S}000`, `251${S}000`, `${M}1${S}000`] },
        ],
      },
      { kind: "paragraph", style: "note", runs: [{ text: "Negativa belopp är underskott." }] },
      { kind: "heading", level: 2, text: "Bakgrund" },
      { kind: "paragraph", style: "placeholder", runs: [{ text: "[Skriv bakgrunden här.]" }] },
    ],
  };
}
