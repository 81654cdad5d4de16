import type { Issue, Severity } from "./model/issue";

/**
 * Every message the engine gives about a user's data or settings, in Swedish, in one place. A code is
 * stable (tools match on it); the text may be improved freely. A text says what is wrong and what to
 * decide in words true wherever it is read: how to decide it (a flag, a pane step) is each front's own
 * text, keyed by the code (src/cli/fixes.ts, the pane's TEXTS.fixes).
 */
const CATALOGUE = {
  "amount-not-a-number": [
    "error",
    (p: { shown: string }) =>
      `"${p.shown}" är inget belopp. Skriv ett tal, till exempel 12 345,50, eller lämna cellen tom.`,
  ],
  "amount-error-value": [
    "error",
    (p: { shown: string }) =>
      `Cellen visar felvärdet ${p.shown}. Rätta formeln eller värdet innan rapporten tas fram.`,
  ],
  "amount-too-large": [
    "error",
    (p: { shown: string }) => `Beloppet ${p.shown} är för stort för att räknas exakt.`,
  ],
  "amounts-rounded": [
    "warning",
    (p: { count: number }) =>
      `${p.count} belopp på bladet hade bråkdelar av öre; de har avrundats till hela öre (den första i den här cellen).`,
  ],
  "sum-too-large": [
    "error",
    () => "Summorna blir för stora för att räknas exakt. Kontrollera enheten (kr, tkr, mkr).",
  ],
  "level-missing": ["error", () => "Raden har belopp men ingen anslagsbindningsnivå."],
  "level-unmapped": [
    "error",
    (p: { key: string; dimension: string }) =>
      `${p.dimension} "${p.key}" finns inte i mappningen till anslagsbindningsnivå. Lägg till den på mappningsbladet.`,
  ],
  "mapping-key-twice": [
    "warning",
    (p: { key: string; first: string; second: string }) =>
      `"${p.key}" mappas både till "${p.first}" och "${p.second}"; den första gäller.`,
  ],
  "no-ledger-sheet": [
    "error",
    () =>
      'Hittar inget blad med budget och utfall. Rubrikraden ska stå bland de 30 första raderna, med kolumner som "Budget 2024", "Utfall jan–apr" och "Prognos helår".',
  ],
  "no-level-source": [
    "error",
    (p: { dimensions: string }) =>
      `Bladet saknar kolumn för anslagsbindningsnivå och inget mappningsblad kopplar ${p.dimensions} till en nivå. Lägg till kolumnen "Anslagsbindningsnivå" eller ett mappningsblad.`,
  ],
  "no-annual-budget": [
    "error",
    () => 'Hittar ingen kolumn med årsbudget (till exempel "Budget 2024" eller "Årsbudget").',
  ],
  "no-outcome": [
    "error",
    () =>
      'Hittar ingen kolumn med utfall (till exempel "Utfall jan–apr" eller månadskolumner "jan" … "dec").',
  ],
  "no-forecast": [
    "warning",
    () =>
      "Hittar ingen prognoskolumn; helårsprognosen sätts lika med årsbudgeten, så helårsavvikelsen blir 0.",
  ],
  "unit-assumed": [
    "warning",
    (p: { other: string; unit: string }) =>
      `Bladet anger ingen enhet och läses i kronor, men bladet ${p.other} är i ${p.unit}. Skriv "Belopp i ${p.unit}" ovanför rubrikraden om beloppen här också är i ${p.unit}.`,
  ],
  "sheet-unit-assumed": [
    "warning",
    (p: { sheet: string; unit: string; ledgerStated: boolean }) =>
      `${p.ledgerStated ? `${p.sheet} anger ingen enhet; beloppen har lästs i ${p.unit} som huvudboken.` : `${p.sheet} anger ingen enhet, och inte heller huvudboken; beloppen har lästs i ${p.unit}.`} Står de i en annan enhet, skriv den i rubriken (till exempel "Belopp, tkr") eller välj den för bladet.`,
  ],
  "no-account-column": [
    "warning",
    () => "Bladet saknar kontokolumn; redovisningen per kostnadsslag kan inte tas fram från det.",
  ],
  "column-ambiguous": [
    "error",
    (p: { role: string; first: string; firstHeader: string; second: string; secondHeader: string }) =>
      `Både kolumn ${p.first} "${p.firstHeader}" och kolumn ${p.second} "${p.secondHeader}" kan vara ${p.role}, och ingen regel avgör vilken. Välj vilken kolumn som gäller.`,
  ],
  "forecast-made-earlier": [
    "warning",
    (p: { header: string; made: string; period: string }) =>
      `Helårsprognosen läses ur "${p.header}", gjord i ${p.made}: det finns ingen senare. Rapporten för ${p.period} visar den som årets prognos; lägg in prognosen från ${p.period} om den finns.`,
  ],
  "comparison-column-ambiguous": [
    "warning",
    (p: { role: string; first: string; firstHeader: string; second: string; secondHeader: string }) =>
      `Både kolumn ${p.first} "${p.firstHeader}" och kolumn ${p.second} "${p.secondHeader}" kan vara ${p.role}, och ingen regel avgör vilken; rapporten jämför inte med den. Ta bort eller byt rubrik på den ena kolumnen.`,
  ],
  "period-unknown": [
    "error",
    () => "Perioden framgår inte av rubrikerna. Ange vilken månad uppföljningen avser.",
  ],
  "period-contradiction": [
    "warning",
    (p: { used: string; header: string; detected: string }) =>
      `Perioden ${p.used} används, men rubriken "${p.header}" tyder på ${p.detected}.`,
  ],
  "period-saved-contradicted": [
    "error",
    (p: { saved: string; header: string; detected: string }) =>
      `Den sparade perioden är ${p.saved}, men rubriken "${p.header}" säger ${p.detected}. Ange vilken period som gäller.`,
  ],
  "period-year-assumed": [
    "warning",
    (p: { year: number }) => `Året framgår inte av rubrikerna; ${p.year} antas.`,
  ],
  "sign-unknown": [
    "error",
    () =>
      'Teckenkonventionen går inte att avgöra: inga konton i klass 3–7, ingen anteckning som "Intäkter positiva", och årsbudgetens summa är 0. Ange om kostnaderna är positiva eller negativa.',
  ],
  "account-unclassified": [
    "warning",
    (p: { account: string; line: string }) =>
      `Konto ${p.account} hör inte till någon rad i driftredovisningen; beloppen redovisas under "${p.line}".`,
  ],
  "account-missing": [
    "warning",
    (p: { line: string }) => `Raden har belopp men inget konto; beloppen redovisas under "${p.line}".`,
  ],
  "subtotal-mismatch": [
    "warning",
    (p: { label: string; shown: string; computed: string }) =>
      `Summaraden "${p.label}" visar ${p.shown} kr men raderna den summerar blir ${p.computed} kr.`,
  ],
  "pivot-parent-mismatch": [
    "warning",
    (p: { label: string; shown: string; computed: string }) =>
      `Pivottabellens delsumma "${p.label}" visar ${p.shown} kr men raderna under den blir ${p.computed} kr; raderna under räknas.`,
  ],
  "pivot-levels-unknown": [
    "error",
    (p: { depths: string }) =>
      `Pivottabellens nivåer går inte att avgöra: från den här raden blir ingen indelning i ${p.depths} nivåer sådan att varje delsumma är summan av raderna under den. Kontrollera beloppen, eller gör om pivottabellen i tabellform (ett fält per kolumn) med delsummor.`,
  ],
  "pivot-levels-ambiguous": [
    "error",
    () =>
      "Pivottabellens nivåer kan läsas på mer än ett sätt: raden här kan höra till olika nivåer. Visa delsummor i pivottabellen, eller gör om den i tabellform (ett fält per kolumn).",
  ],
  "pivot-after-grand-total": ["warning", () => "Raden står under pivottabellens totalsumma och räknas inte."],
  "deviation-column-disagrees": [
    "warning",
    (p: {
      header: string;
      count: number;
      checked: number;
      shown: string;
      period: string;
      fullYear: string | undefined;
    }) =>
      `Kolumnen "${p.header}" läses inte som belopp utan används som kontroll, och på ${p.count} av ${p.checked} rader är den varken periodens eller helårets avvikelse. Den första är den här cellen: ${p.shown} kr, men raden ger ${p.period} kr för perioden${p.fullYear === undefined ? " (helårets avvikelse går inte att räkna: prognoskolumn saknas)" : ` och ${p.fullYear} kr för helåret`} (med något av tecknen). Kontrollera att rätt kolumner lästs som budget, utfall och prognos.`,
  ],
  "annual-total-disagrees": [
    "warning",
    (p: { header: string; count: number; checked: number; shown: string; months: string }) =>
      `Kolumnen "${p.header}" är inte summan av budgetmånaderna på ${p.count} av ${p.checked} rader. Den första är den här cellen: ${p.shown} kr, men månaderna blir ${p.months} kr. Årsbudgeten räknas som summan av månaderna.`,
  ],
  "outcome-share-off": [
    "warning",
    (p: {
      header: string;
      basis: "costs" | "net";
      share: string;
      expected: string;
      months: number;
      low: boolean;
    }) =>
      `${p.basis === "costs" ? "Kostnadernas" : "Nettokostnadens"} utfall i kolumnen "${p.header}" är ${p.share} % av årsbudgeten, men efter ${p.months} månader väntas omkring ${p.expected} % (förbrukningsgradens riktvärde). ${p.low ? "Gäller kolumnen bara en månad?" : "Gäller kolumnen en längre tid än perioden?"} Kontrollera att rätt kolumn lästs som periodens utfall.`,
  ],
  "kommunbidrag-differs": [
    "warning",
    (p: { level: string; kommunbidrag: string; budget: string }) =>
      `${p.level}: kommunbidraget ${p.kommunbidrag} kr skiljer sig från nettokostnadsbudgeten ${p.budget} kr.`,
  ],
  "kommunbidrag-outcome-off": [
    "warning",
    (p: { level: string; outcome: string; expected: string }) =>
      `${p.level}: utfallet för kommunbidrag ${p.outcome} kr ligger långt från ${p.expected} kr (månaderna/12 av årets kommunbidrag).`,
  ],
  "explanation-unknown-level": [
    "warning",
    (p: { level: string }) =>
      `Förklaringen gäller "${p.level}", som inte är någon anslagsbindningsnivå i underlaget; den räknas inte in.`,
  ],
  "explanation-looks-like-total": [
    "warning",
    (p: { text: string }) =>
      `"${p.text}" börjar som en summarad, men beloppet är varken summan av förklaringarna ovanför eller nivåns avvikelse, och texten nämner inte nivån; den räknas som en förklaring.`,
  ],
  "explanation-without-amount": ["warning", () => "Förklaringen saknar belopp och räknas som 0."],
  "adjustment-unknown-level": [
    "error",
    (p: { level: string }) =>
      `Justeringen gäller "${p.level}", som inte är någon anslagsbindningsnivå i underlaget. Skriv nivån som den står i underlaget: en justering utan nivå skulle ändra totalen utan att synas per nivå.`,
  ],
  "adjustment-without-level": [
    "error",
    () =>
      "Justeringen saknar anslagsbindningsnivå. Skriv nivån: en justering utan nivå skulle ändra totalen utan att synas per nivå.",
  ],
  // an error, not a row left out: the result after the adjustments would look complete without it
  "adjustment-without-amount": [
    "error",
    () =>
      "Justeringen har text men inget belopp. Skriv beloppet, eller ta bort raden om justeringen inte ska göras.",
  ],
  "adjustments-sheet-twice": [
    "warning",
    (p: { used: string }) =>
      `Flera blad ser ut som justeringar; "${p.used}" används och de andra läses inte. Samla justeringarna på ett blad.`,
  ],
  "explanation-about-unknown": [
    "error",
    (p: { shown: string }) =>
      `"${p.shown}" säger inte vad förklaringen avser. Skriv Avvikelse (eller lämna cellen tom) för en förklaring av avvikelsen mot budget, eller Prognosförändring för en förklaring av förändringen sedan föregående prognos.`,
  ],
  "explanation-change-without-previous": [
    "warning",
    (p: { count: number }) =>
      `${p.count === 1 ? "En förklaring avser" : `${p.count} förklaringar avser`} prognosförändringen, men det finns ingen tidigare prognos att jämföra med (den här cellen är den första). De listas i rapporten utan avstämning.`,
  ],
  "workbook-unreadable": [
    "error",
    (p: { problem: string }) => `Arbetsboken gick inte att läsa som .xlsx: ${p.problem}`,
  ],
  "config-unreadable": [
    "error",
    (p: { problem: string }) => `Inställningsfilen gick inte att läsa som JSON: ${p.problem}`,
  ],
  // the municipality's own Word template for the tjänsteskrivelse
  "template-unreadable": [
    "error",
    (p: { problem: string }) =>
      `Word-mallen gick inte att läsa som ett Word-dokument (.docx): ${p.problem}. Spara mallen i Word som Word-dokument (.docx) och försök igen.`,
  ],
  "template-missing": [
    "error",
    (p: { path: string }) => `Word-mallen ${p.path} finns inte. Rätta sökvägen i document.template.`,
  ],
  "template-placeholder-unknown": [
    "error",
    (p: { name: string; known: string }) =>
      `Word-mallen har platshållaren {{${p.name}}}, som Budgetrapport inte känner till. Rätta stavningen eller ta bort stycket; de som finns är ${p.known}.`,
  ],
  "template-no-placeholder": [
    "error",
    (p: { known: string }) =>
      `Word-mallen har ingen platshållare, så inget skulle fyllas i. Skriv till exempel {{titel}} eller {{ärende}} ensamt i ett eget stycke där texten ska stå; de som finns är ${p.known}.`,
  ],
  "copy-drops-parts": [
    "warning",
    (p: { parts: string }) =>
      `Rapportkopian skrivs med exceljs, som inte tar med arbetsbokens ${p.parts}. Originalfilen ändras aldrig; använd tillägget i Excel för att behålla allt i samma arbetsbok.`,
  ],
  "settings-invalid": [
    "error",
    (p: { path: string; problem: string }) => `Inställningen ${p.path}: ${p.problem}`,
  ],
  "settings-unknown-key": [
    "warning",
    (p: { path: string; problem: string }) => `Inställningen ${p.path}: ${p.problem}`,
  ],
  "settings-sheet-missing": [
    "error",
    (p: { sheet: string }) => `Inställningarna nämner bladet "${p.sheet}", som inte finns i arbetsboken.`,
  ],
  "history-unreadable": [
    "warning",
    (p: { problem: string }) =>
      `En sparad prognos i Budgetrapports historik går inte att läsa (${p.problem}). Den jämförs inte med och tas bort när rapporten tas fram.`,
  ],
  "compare-with-missing": [
    "error",
    (p: { period: string; kept: string }) =>
      `Jämförelsen ska göras med prognosen för ${p.period}, men den finns inte i arbetsbokens historik (${p.kept}). Välj en av dem eller ta bort valet.`,
  ],
  "compare-with-not-earlier": [
    "error",
    (p: { period: string; current: string }) =>
      `Jämförelsen ska göras med prognosen för ${p.period}, men den är inte en tidigare period samma år som ${p.current}. Välj en tidigare månad samma år eller ta bort valet.`,
  ],
  "comparison-partial": [
    "warning",
    (p: { what: string; missing: string }) =>
      `${p.what} finns inte på alla blad (saknas på ${p.missing}); jämförelsen görs inte, eftersom en summa av bara några blad vore fel.`,
  ],
  "state-unreadable": [
    "warning",
    (p: { problem: string }) =>
      `Budgetrapports sparade val i arbetsboken går inte att läsa (${p.problem}). De används inte: bladen läses som om inget valts, och rapporten skrivs på nya blad bredvid de gamla rapportbladen, som lämnas orörda och inte läses som underlag. Gör dina val igen; de sparas när rapporten tas fram.`,
  ],
  "explanations-sheet-twice": [
    "warning",
    (p: { used: string }) => `Flera blad ser ut som förklaringar; "${p.used}" används.`,
  ],
  // key figures (nyckeltal): measures, not money; a value that cannot be read is left out, never guessed
  "key-figure-not-a-number": [
    "warning",
    (p: { shown: string; name: string }) =>
      `"${p.shown}" är inget tal, så nyckeltalet "${p.name}" visas utan det värdet. Skriv ett tal, till exempel 12,5, eller lämna cellen tom.`,
  ],
  "key-figure-error-value": [
    "warning",
    (p: { shown: string; name: string }) =>
      `Cellen visar felvärdet ${p.shown}, så nyckeltalet "${p.name}" visas utan det värdet. Rätta formeln eller värdet.`,
  ],
  "key-figure-name-missing": [
    "warning",
    () => "Raden har värden men inget namn på nyckeltalet och visas inte. Skriv nyckeltalets namn i cellen.",
  ],
  // long ("tidy") data: one amount column, a kind column and a period column
  "long-kind-unknown": [
    "warning",
    (p: { value: string; why: "accumulated" | "derived" | "several" | "unknown" }) =>
      `Typen "${p.value}" ${
        p.why === "accumulated"
          ? "är ackumulerad, så varje månad skulle räknas flera gånger"
          : p.why === "derived"
            ? "är en beräknad storhet (avvikelse, andel), inget underlag"
            : p.why === "several"
              ? "nämner mer än en av budget, utfall och prognos"
              : "är varken budget, utfall eller prognos"
      }; raderna med den räknas inte in (den första står i den här cellen).`,
  ],
  "long-kind-missing": [
    "warning",
    (p: { count: number }) =>
      `${p.count} rader har belopp men ingen typ (budget, utfall eller prognos) och räknas inte in; den första står i den här cellen.`,
  ],
  "long-kind-ambiguous": [
    "error",
    (p: { role: string; year: string; values: string }) =>
      `Både ${p.values} kan vara ${p.role} för ${p.year}, och ingen regel avgör vilken. Låt bara en av dem gälla för året, till exempel genom att byta namn på den andra i bladet.`,
  ],
  "long-period-unreadable": [
    "error",
    (p: { shown: string; count: number }) =>
      `"${p.shown}" är ingen period (till exempel 202408, 2024-08, ett datum eller en månad med år); ${p.count} rader med typ och belopp saknar läsbar period, den första i den här cellen.`,
  ],
  "long-budget-months-missing": [
    "warning",
    (p: { value: string; year: string; months: string }) =>
      `Budgeten "${p.value}" för ${p.year} saknar ${p.months}; årsbudgeten är summan av de månader som finns.`,
  ],
  "long-comparison-ambiguous": [
    "warning",
    (p: { role: string; year: string; values: string }) =>
      `Både ${p.values} kan vara ${p.role} för ${p.year}, och ingen regel avgör vilken; jämförelsen med ${p.role} utelämnas. Låt bara en av dem gälla, till exempel genom att byta namn på den andra i bladet.`,
  ],
} as const satisfies Record<string, readonly [Severity, (p: never) => string]>;

export type IssueCode = keyof typeof CATALOGUE;

type ParamsOf<C extends IssueCode> = Parameters<(typeof CATALOGUE)[C][1]>[0];

export type Place = { sheet?: string; cell?: string };

export function issue<C extends IssueCode>(
  code: C,
  ...args: ParamsOf<C> extends undefined
    ? [params?: undefined, place?: Place]
    : [params: ParamsOf<C>, place?: Place]
): Issue {
  const [params, place] = args;
  const [severity, text] = CATALOGUE[code];
  const message = (text as (p: ParamsOf<C> | undefined) => string)(params);
  return {
    severity,
    code,
    message,
    ...(place?.sheet ? { sheet: place.sheet } : {}),
    ...(place?.cell ? { cell: place.cell } : {}),
  };
}
