import type { Period } from "../core/model/period";
import { parsePeriod } from "../core/model/period";

export type GenerateCommand = {
  command: "generate";
  workbook: string;
  period?: Period;
  out?: string;
  json?: string;
  /** the tjänsteskrivelse (.docx) */
  docx?: string;
  config?: string;
};

export type Command = GenerateCommand | { command: "example" } | { command: "help" };

export type ParsedArgs = { ok: true; value: Command } | { ok: false; message: string };

const OPTIONS = ["--period", "--out", "--json", "--docx", "--config"] as const;
type Option = (typeof OPTIONS)[number];

/** `generate <workbook.xlsx> [--period YYYY-MM] [--out F] [--json F] [--docx F] [--config F]`, `example`, `help`. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [command, ...rest] = argv;
  if (command === undefined || command === "help" || command === "--help" || command === "-h")
    return { ok: true, value: { command: "help" } };
  if (command === "example")
    return rest.length === 0
      ? { ok: true, value: { command: "example" } }
      : { ok: false, message: `okänt argument: ${rest[0]}` };
  if (command !== "generate") return { ok: false, message: `okänt kommando: ${command}` };
  const positional: string[] = [];
  const options = new Map<Option, string>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? "";
    if (arg === "--help" || arg === "-h") return { ok: true, value: { command: "help" } };
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (!(OPTIONS as readonly string[]).includes(name))
      return { ok: false, message: `okänd flagga: ${name}` };
    const value = eq > 0 ? arg.slice(eq + 1) : rest[++i];
    if (value === undefined || value === "") return { ok: false, message: `${name} behöver ett värde` };
    if (options.has(name as Option)) return { ok: false, message: `${name} angavs två gånger` };
    options.set(name as Option, value);
  }
  if (positional.length !== 1 || !positional[0])
    return {
      ok: false,
      message:
        positional.length === 0
          ? "ange arbetsboken (.xlsx)"
          : `en arbetsbok åt gången, inte ${positional.length}`,
    };
  const periodText = options.get("--period");
  const period = periodText === undefined ? undefined : parsePeriod(periodText);
  if (periodText !== undefined && !period)
    return { ok: false, message: `--period ska vara ÅÅÅÅ-MM, till exempel 2024-04 (inte "${periodText}")` };
  const out = options.get("--out");
  // A workbook is binary and must be whole: it goes to a file, never to standard out.
  if (out === "-")
    return { ok: false, message: "--out skriver en arbetsbok till en fil: ange ett filnamn (.xlsx)" };
  const json = options.get("--json");
  const docx = options.get("--docx");
  // So is a Word document.
  if (docx === "-")
    return {
      ok: false,
      message: "--docx skriver ett Word-dokument till en fil: ange ett filnamn (.docx)",
    };
  const config = options.get("--config");
  return {
    ok: true,
    value: {
      command: "generate",
      workbook: positional[0],
      ...(period ? { period } : {}),
      ...(out ? { out } : {}),
      ...(json ? { json } : {}),
      ...(docx ? { docx } : {}),
      ...(config ? { config } : {}),
    },
  };
}

export const USAGE = `Budgetrapport – budgetuppföljning per anslagsbindningsnivå

Användning:
  budgetrapport generate <arbetsbok.xlsx> [--period ÅÅÅÅ-MM] [--out <rapport.xlsx>] [--json <resultat.json>]
                         [--docx <tjänsteskrivelse.docx>] [--config <inställningar.json>]
  budgetrapport example        rapport för exempelarbetsboken i assets/
  budgetrapport help

  --period  månaden uppföljningen avser (annars läses den ur rubrikerna)
  --out     en kopia av arbetsboken med rapportbladen tillagda (aldrig indatafilen själv)
  --json    resultatet som JSON (belopp i kronor); "-" skriver till standard ut, och alla meddelanden till standard fel
  --docx    tjänsteskrivelsen som Word-dokument (.docx): rubriker, Ärende, tabellerna och en plats för Bakgrund
            (i kommunens egen Word-mall när document.template i --config anger en)
  --config  inställningar (blad, kolumner, period, enhet, tecken, nivåer, konton) som ersätter det som hittas automatiskt

  Ingen utfil får vara en indatafil eller en annan utfil. Varje fil skrivs hel eller inte alls.

Slutkod: 0 rapport framtagen (varningar kan finnas), 1 fel i underlaget, 2 fel i kommandot,
  70 oväntat fel (en fil gick inte att skriva, till exempel full disk, eller ett programfel).`;
