import type { DetectionEntry } from "../core/detect/detection";
import type { IssueCode } from "../core/messages";
import type { Unit } from "../core/money";
import type { Stage } from "./workflow";

/** "J12" → "J": the column of a header cell. */
const columnOf = (cell: string): string => cell.replace(/\d+$/, "");

/** Units as an explanation's amount is labelled. */
const AMOUNT_UNIT: Record<Unit, string> = { kr: "kr", tkr: "tkr", mkr: "mnkr" };

/** Every text the pane shows, in Swedish, in one place. */
export const TEXTS = {
  title: "Budgetrapport",
  loading: "Läser arbetsboken …",
  readingSheet: (sheet: string, done: number, total: number) =>
    `Läser ${sheet}: ${done.toLocaleString("sv-SE")} av ${total.toLocaleString("sv-SE")} rader`,
  reload: "Läs om arbetsboken",
  tabs: {
    sources: "Underlag",
    period: "Period",
    explanations: "Förklaringar",
    adjustments: "Justeringar",
    generate: "Rapport",
  },

  sources: {
    intro:
      "Det här hittade Budgetrapport i arbetsboken. Ändra det som blev fel; valen sparas i arbetsboken när rapporten tas fram.",
    sheet: "Blad",
    role: "Används som",
    roles: {
      ledger: "Budget, utfall och prognos",
      long: "Lång data (en rad per period och slag)",
      mapping: "Mappning till nivå",
      explanations: "Förklaringar",
      investments: "Investeringar",
      keyFigures: "Nyckeltal",
      adjustments: "Justeringar",
      ignore: "Används inte",
    },
    headerRow: (row: number) => `Rubrikrad ${row}`,
    columns: "Kolumner",
    column: {
      level: "Anslagsbindningsnivå",
      account: "Konto",
      accountName: "Kontonamn",
      annualBudget: "Årsbudget",
      periodBudget: "Periodens budget",
      outcome: "Utfall",
      forecast: "Prognos",
    },
    none: "(ingen)",
    /** what a column fills, as the preview marks it: a setting's key, or "dimension:Verksamhet" */
    columnRole: (key: string): string => {
      if (key.startsWith("dimension:")) return key.slice("dimension:".length);
      const known: Record<string, string> = {
        level: "Anslagsbindningsnivå",
        account: "Konto",
        accountName: "Kontonamn",
        annualBudget: "Årsbudget",
        periodBudget: "Periodens budget",
        outcome: "Utfall",
        forecast: "Prognos",
        monthOutcome: "Månadens utfall",
        previousForecast: "Föregående prognos",
        deviations: "Avvikelse (kontroll)",
        amount: "Belopp",
        kind: "Typ",
        period: "Period",
        year: "År",
        month: "Månad",
        key: "Nyckel",
        text: "Förklaring",
        budget: "Budget",
      };
      return known[key] ?? key;
    },
    unit: "Enhet i bladet",
    units: { kr: "kronor", tkr: "tkr", mkr: "mnkr" },
    /** the unit choice of an explanations or investments sheet that states none */
    unitAssumed: (unit: Unit | undefined) =>
      unit ? `Anges inte: läses i ${AMOUNT_UNIT[unit]} som huvudboken` : "Anges inte: läses som huvudboken",
    inputSign: "Tecken i underlaget",
    /** the empty choice when the engine could not tell the sign */
    chooseSign: "Välj …",
    reportSign: "Tecken i rapporten",
    signs: {
      netCostPositive: "Kostnader positiva, intäkter negativa",
      incomePositive: "Intäkter positiva, kostnader negativa",
    },
    reportUnit: "Enhet i rapporten",
    reportUnits: { tkr: "tkr (hela tusental)", mkr: "mnkr (en decimal)" },
    preview: (sheet: string) => `Förhandsvisning av ${sheet}`,
    usedAs: (roles: string) => `Läses som ${roles}`,
    problems: "Att rätta i underlaget",
    warnings: "Att kontrollera",
    noProblems: "Inga fel i underlaget.",
    showCell: (place: string) => `Visa ${place}`,
    /** why detection chose a column, and why it passed over the others */
    detection: (entry: DetectionEntry): string =>
      [
        entry.chosen
          ? `${columnOf(entry.chosen.cell)} ”${entry.chosen.header}”: ${entry.reason}`
          : entry.reason,
        ...entry.rejected.map((r) => `${columnOf(r.cell)} ”${r.header}”: ${r.reason}`),
      ].join("; "),
    ambiguous: "Välj kolumnen: ingen regel avgör.",
  },

  period: {
    intro: "Uppföljningen avser utfallet till och med slutet av den här månaden.",
    month: "Månad",
    year: "År",
    /** the empty choice, when no period was found */
    choose: "Välj …",
    chooseMonth: "Välj månad.",
    chooseYear: "Skriv året.",
    detected: (place: string, header?: string) =>
      header ? `Läst ur rubriken ”${header}” (${place}).` : `Läst ur ${place}.`,
    linear: (month: number) =>
      `Periodens budget är linjär: ${month}/12 av årsbudgeten (det finns ingen kolumn för periodens budget).`,
    column: "Periodens budget läses ur underlagets kolumn.",
    monthly: "Periodens budget är budgetmånaderna till och med perioden; årsbudgeten är alla tolv.",
  },

  /** the forecast the report compares with (compareWith), under Period */
  comparison: {
    title: "Jämförelse med tidigare prognos",
    choose: "Jämför med",
    automatic: "Automatiskt",
    automaticRule:
      "Automatiskt: en kolumn med föregående prognos i underlaget, annars den senaste prognosen som sparats i arbetsboken tidigare samma år.",
    /** "juli 2023 (sparad 2023-08-10 09:00)" */
    snapshot: (period: string, made: string, usable: boolean) =>
      `Prognosen efter ${period}${made ? ` (sparad ${made})` : ""}${usable ? "" : " – inte tidigare samma år"}`,
    notKept: (period: string) => `Prognosen efter ${period} – finns inte i arbetsboken`,
    kept: "Sparade prognoser i arbetsboken",
    noneKept:
      "Arbetsboken har inga sparade prognoser ännu. Varje rapport sparar sin prognos här, så att nästa rapport kan jämföras med den.",
    history: (period: string | undefined) =>
      `Jämförs med prognosen efter ${period ?? "förra rapporten"} (sparad i arbetsboken).`,
    chosen: (period: string | undefined) =>
      `Jämförs med prognosen efter ${period ?? "den valda rapporten"} (sparad i arbetsboken, ditt val).`,
    column: (header: string | undefined, place: string | undefined) =>
      `Jämförs med kolumnen ${[header, place ? (header ? `(${place})` : place) : undefined].filter(Boolean).join(" ")}.`,
    none: "Ingen tidigare prognos att jämföra med: rapporten visar ingen prognosförändring.",
  },

  explanations: {
    intro:
      "Förklaringarna av helårsavvikelsen per nivå. De lagras på förklaringsbladet i arbetsboken, så kollegor ser samma lista.",
    level: "Anslagsbindningsnivå",
    deviation: "Helårsavvikelse",
    explained: "Förklarat",
    unexplained: "Ej förklarat",
    text: "Förklaring",
    amount: (unit: Unit) => `Belopp, ${AMOUNT_UNIT[unit]}`,
    add: "Lägg till förklaring",
    save: "Spara",
    cancel: "Avbryt",
    edit: "Ändra",
    remove: "Ta bort",
    editLabel: (text: string) => `Ändra förklaringen ${text}`,
    removeLabel: (text: string) => `Ta bort förklaringen ${text}`,
    notANumber: (unit: Unit) => `Skriv ett belopp i ${AMOUNT_UNIT[unit]}, till exempel -1 500 eller 2 100,5.`,
    tooManyDecimals: (unit: Unit, decimals: number) =>
      `Ett belopp i ${AMOUNT_UNIT[unit]} har högst ${decimals} decimaler (hela ören).`,
    tooLarge: "Beloppet är för stort.",
    textMissing: "Skriv en förklaring.",
    noResult: "Rätta felen under Underlag först; då visas avvikelserna här.",
    writesTo: (sheet: string) => `Ändringar skrivs direkt till bladet ${sheet}, en rad i taget.`,
    createsSheet: "Det finns inget förklaringsblad ännu: den första förklaringen skapar bladet Förklaringar.",
    about: "Avser",
    aboutDeviation: "Avvikelse",
    aboutChange: "Prognosförändring",
    /** where the sheet has no "Avser" column yet: the first explanation of the change adds one */
    aboutAddsColumn: "Bladet får en kolumn Avser, där förklaringen markeras som Prognosförändring.",
    change: "Prognosförändring",
    changeExplained: "Förklarat av förändringen",
    changeUnexplained: "Ej förklarat av förändringen",
    /** beside an explanation of the change when there is no previous forecast to reconcile it with */
    changeNotReconciled:
      "Det finns ingen tidigare prognos att jämföra med; förklaringarna av prognosförändringen stäms inte av.",
  },

  adjustments: {
    title: "Justeringar",
    intro:
      "Justeringar av periodens resultat, till exempel upplupen semesterlöneskuld. De visas i rapporten på egna rader under periodens resultat, aldrig i utfallet. Ett positivt belopp förbättrar resultatet.",
    none: "Inga justeringar.",
    list: "Justeringar per nivå",
    level: "Anslagsbindningsnivå",
    text: "Text",
    amount: (unit: Unit) => `Belopp, ${AMOUNT_UNIT[unit]}`,
    add: "Lägg till justering",
    textMissing: "Skriv vad justeringen avser.",
    writesTo: (sheet: string) => `Justeringen skrivs som en ny rad på bladet ${sheet}.`,
    createsSheet: "Det finns inget justeringsblad ännu: den första justeringen skapar bladet Justeringar.",
  },

  generate: {
    willWrite: (sheets: string) =>
      `Rapporten skriver bladen ${sheets}. Budget-, utfalls-, prognos- och mappningsbladen ändras inte, inte heller förklaringarna. Excel kan inte ångra det ett tillägg skriver, men en ny rapport ersätter bara de blad Budgetrapport själv har skapat.`,
    button: "Generera rapport",
    cancel: "Avbryt",
    stage: {
      läser: "Läser underlaget …",
      beräknar: "Beräknar …",
      skriver: "Skriver rapportbladen …",
    } satisfies Record<Stage, string>,
    done: "Rapporten är klar.",
    created: "Skapade blad",
    renamed: (wanted: string, got: string) =>
      `Arbetsboken har redan ett eget blad ${wanted}; rapportbladet heter ${got}.`,
    /** the report is complete, but Excel refused part of its look (write-report.ts, `lookFailed`) */
    lookFailed:
      "Rapporten är komplett, men Excel tog inte emot hela utseendet: utskriftsformatet, diagrammets färger eller de låsta rubrikraderna kan saknas. Generera rapporten igen, eller ställ in utskriften i Excel.",
    blocked: "Rapporten kan inte tas fram förrän felen under Underlag är rättade.",
    cancelled: "Avbrutet. Arbetsboken är som den var.",
  },

  /** the tjänsteskrivelse, under Rapport once the report is written (document-section.tsx) */
  document: {
    title: "Tjänsteskrivelse (Word)",
    intro:
      "Tjänsteskrivelsen till nämnden, med samma siffror som rapportbladen: förslag till beslut, ärende, tabeller och en markerad plats för bakgrunden. Tre sätt att få den till Word; fungerar inte det första, ta nästa.",
    download: "Ladda ner .docx",
    copy: "Kopiera som formaterad text",
    showView: "Visa dokumentet",
    hideView: "Dölj dokumentet",
    selectAll: "Markera allt och kopiera (Ctrl+C)",
    view: "Tjänsteskrivelsen",
    preparing: "Skapar Word-filen …",
    /** Excel for Mac's webview does not download (office-js #2700, closed by Microsoft as by design) */
    macDownload:
      "Excel för Mac laddar inte ner filer från tillägg. Använd Kopiera som formaterad text, eller ladda ner filen från samma arbetsbok i Excel på webben.",
    downloaded: (fileName: string) =>
      `Word-filen ${fileName} lämnades till nedladdning; den hamnar bland dina hämtade filer. Syns ingen fil har Excel stoppat nedladdningen (Excel för Mac och vissa Windows-versioner gör det utan att säga något): använd Kopiera som formaterad text i stället.`,
    downloadFailed:
      "Word-filen kunde inte skapas. Använd Kopiera som formaterad text och klistra in i ett tomt Word-dokument.",
    copied:
      "Dokumentet är kopierat. Öppna ett tomt Word-dokument och klistra in med Ctrl+V (Cmd+V på Mac): rubriker och tabeller följer med.",
    copyRefused:
      "Excel lät inte tillägget skriva till urklipp (Excel på webben kan spärra urklipp för tillägg). Dokumentet visas nedan: tryck Markera allt och kopiera, sedan Ctrl+C (Cmd+C på Mac), och klistra in i Word.",
    selected:
      "Dokumentet är markerat. Tryck Ctrl+C (Cmd+C på Mac) och klistra in i ett tomt Word-dokument med Ctrl+V.",
    templateLabel: "Word-mall (valfri)",
    templateHint:
      "Kommunens egen mall (.docx) med brevhuvud och stilar, där stycken som {{titel}}, {{ärende}} och {{tabell_nivåer}} fylls i. Valet gäller tills tillägget stängs.",
    templateReading: "Läser Word-mallen …",
    templateChosen: (fileName: string, count: number) =>
      `Ladda ner .docx fyller i Word-mallen ${fileName} (${count} platshållare). Kopiera och Visa dokumentet ger standardutseendet. Valet gäller tills tillägget stängs eller laddas om.`,
    templateRefused: (fileName: string) => `Word-mallen ${fileName} kan inte användas:`,
    templateFailed: "Word-mallen kunde inte läsas.",
    templateForget: "Använd standardutseendet",
    /** the document's texts, as settings.document (document-texts.tsx) */
    textsHeading: "Rubrik och beslut",
    interimMonths: "Delårsrapport efter",
    interimHint: "Månader vars rapport heter delårsrapport; övriga blir månadsuppföljning.",
    ownTitle: "Rubrik",
    ownDecision: "Beslut",
    textsHint:
      "Tomt fält ger texten efter perioden. Dokumentet ändras direkt. Sparas i arbetsboken när rapporten tas fram nästa gång.",
  },

  /** how to make, in the pane, the decision an engine message asks for: shown after the message */
  fixes: {
    "column-ambiguous": "Välj kolumnen här eller under Underlag.",
    "period-unknown": "Välj månad och år under Period.",
    "period-saved-contradicted": "Välj månad och år under Period.",
    "sign-unknown": "Välj under Underlag vilket tecken underlaget har.",
    "compare-with-missing": "Välj en sparad prognos eller Automatiskt under Period.",
    "compare-with-not-earlier": "Välj en tidigare månad samma år eller Automatiskt under Period.",
  } satisfies Partial<Record<IssueCode, string>>,
  /** an issue's offered fix: fill the role with this column */
  useColumn: (letter: string) => `Använd kolumn ${letter}`,

  errors: {
    title: "Något gick fel",
    unexpected:
      "Ett oväntat fel inträffade i Budgetrapport. Arbetsboken är oförändrad om inte rapporten hann skrivas klart. Försök igen; hjälper det inte, stäng och öppna tillägget.",
    details: "Detaljer",
    detail: (detail: string) => `Detaljer: ${detail}`,
    retry: "Försök igen",
    tooOld:
      "Den här versionen av Excel är för gammal för Budgetrapport. Den behöver ExcelApi 1.9, som finns i Microsoft 365, Office 2021 och senare och Excel på webben; Office 2016 och 2019 har inte längre support från Microsoft. Uppdatera Excel eller använd Excel på webben.",
    notExcel: "Budgetrapport är ett tillägg för Excel. Öppna det från fliken Start i Excel.",
  },
} as const;

/** Office error codes as the user should read them. */
export function officeErrorText(code: string | undefined): string {
  switch (code) {
    case "AccessDenied":
      return "Excel nekade ändringen: bladet eller arbetsboken är skyddad, eller så har du bara läsbehörighet. Ta bort skyddet eller be om redigeringsbehörighet.";
    case "ItemNotFound":
      return "Ett blad som Budgetrapport behöver finns inte längre (en kollega kan ha tagit bort eller bytt namn på det). Läs om arbetsboken och försök igen.";
    case "ItemAlreadyExists":
      return "Ett blad med samma namn finns redan. Läs om arbetsboken och försök igen.";
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return "Excel på webben tog inte emot så mycket på en gång. Försök igen; kvarstår felet, dela upp underlaget.";
    case "InvalidOperationInCellEditMode":
      return "Excel är i redigeringsläge. Tryck Enter eller Esc i cellen du redigerar och försök igen.";
    case "InactiveWorkbook":
      return "Excel arbetar med en annan arbetsbok just nu: flera arbetsböcker är öppna och den här har inte fokus. Klicka i den här arbetsboken och försök igen.";
    case "WorkbookStructureProtected":
      return "Arbetsbokens struktur är skyddad, så Budgetrapport kan inte lägga till, byta namn på eller ta bort rapportbladen. Ta bort skyddet under Granska → Skydda arbetsbok (lösenordet kan behövas) och försök igen. Arbetsboken är som den var.";
    case "Conflict":
    case "InsertDeleteConflict":
      return "En kollega ändrade arbetsboken samtidigt. Läs om arbetsboken och försök igen.";
    // ExplanationChangedError (edit-explanations.ts): the row was checked before the write, and nothing was written.
    case "ExplanationChanged":
      return "Förklaringen har ändrats i arbetsboken sedan den lästes (en kollega kan ha ändrat raden, sorterat listan eller infogat rader). Ingenting skrevs över. Läs om arbetsboken och försök igen.";
    case "GeneralException":
    default:
      return TEXTS.errors.unexpected;
  }
}
