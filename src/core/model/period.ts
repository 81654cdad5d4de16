/** A follow-up period: the accounts are closed through `month` (1–12) of `year`. */
export type Period = { readonly year: number; readonly month: number };

export function parsePeriod(text: string): Period | undefined {
  const m = /^(\d{4})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12 || year < 1900 || year > 2999) return undefined;
  return { year, month };
}

export function formatPeriod(p: Period): string {
  return `${p.year}-${String(p.month).padStart(2, "0")}`;
}

export const MONTH_NAMES = [
  "januari",
  "februari",
  "mars",
  "april",
  "maj",
  "juni",
  "juli",
  "augusti",
  "september",
  "oktober",
  "november",
  "december",
] as const;

const MONTH_WORDS: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES.flatMap((name, i) => {
    const short = name.slice(0, 3);
    const words: [string, number][] = [
      [name, i + 1],
      [short, i + 1],
    ];
    if (name === "september") words.push(["sept", 9]);
    return words;
  }),
);

/** "apr", "april", "Sept" → 4, 4, 9; anything else undefined. */
export function monthFromWord(word: string): number | undefined {
  return MONTH_WORDS.get(word.toLowerCase().replace(/\.$/, ""));
}

/** The last day of the period in Swedish: "30 april 2024". */
export function periodEndText(p: Period): string {
  const lastDay = new Date(Date.UTC(p.year, p.month, 0)).getUTCDate();
  return `${lastDay} ${MONTH_NAMES[p.month - 1] ?? ""} ${p.year}`;
}
