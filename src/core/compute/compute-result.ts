import type { Money } from "../money";
import { prorate, subtract, sum } from "../money";
import type { Period } from "../model/period";
import type { Explanation } from "../read/read-explanations";
import type { CostTypeGroup, Periodisation } from "../settings/settings";
import { KOMMUNBIDRAG, UNCLASSIFIED } from "../settings/settings";
import type { Figures } from "./figures";
import { ZERO_FIGURES, addFigures, isZeroFigures, makeFigures } from "./figures";
import type { LedgerTotals } from "../read/ledger-totals";
import { amountAt } from "../read/ledger-totals";

export type LevelResult = Figures & { name: string; explained: Money; unexplained: Money };

export type CostTypeResult = Figures & {
  name: string;
  group: CostTypeGroup | "kommunbidrag" | "unclassified";
};

export type Computed = {
  levels: LevelResult[];
  total: LevelResult;
  costTypes: CostTypeResult[];
  /** each level's Kommunbidrag line, for the sanity checks */
  kommunbidrag: Figures[];
};

export type ComputeOptions = {
  period: Period;
  periodisation: Periodisation;
  hasForecast: boolean;
  lines: readonly { name: string; group: CostTypeGroup }[];
};

/**
 * From the totals per level × report line to the tables: a level's net cost is every line but
 * Kommunbidrag; a linear period budget is months/12 of each cell's annual budget, rounded to the öre
 * before any sum, so every total is the exact sum of what it totals.
 */
export function computeResult(
  totals: LedgerTotals,
  explanations: readonly Explanation[],
  options: ComputeOptions,
): Computed {
  const kbLine = options.lines.length;
  const lineCount = kbLine + 2;
  const cell = (level: number, line: number): Figures => {
    const annual = amountAt(totals, level, line, 0);
    const period =
      options.periodisation === "linear"
        ? prorate(annual, options.period.month, 12)
        : amountAt(totals, level, line, 1);
    const forecast = options.hasForecast ? amountAt(totals, level, line, 3) : annual;
    return makeFigures(annual, period, amountAt(totals, level, line, 2), forecast);
  };
  const levels: LevelResult[] = [];
  const kommunbidrag: Figures[] = [];
  const lineFigures: Figures[] = new Array<Figures>(lineCount).fill(ZERO_FIGURES);
  totals.levels.forEach((name, l) => {
    let net = ZERO_FIGURES;
    for (let line = 0; line < lineCount; line++) {
      const f = cell(l, line);
      lineFigures[line] = addFigures(lineFigures[line] ?? ZERO_FIGURES, f);
      if (line !== kbLine) net = addFigures(net, f);
    }
    kommunbidrag.push(cell(l, kbLine));
    const explained = sum(explanations.filter((e) => e.known && e.level === name).map((e) => e.amount));
    levels.push({ name, ...net, explained, unexplained: subtract(net.forecastDeviation, explained) });
  });
  const totalFigures = levels.reduce<Figures>((acc, l) => addFigures(acc, l), ZERO_FIGURES);
  const explained = sum(levels.map((l) => l.explained));
  const total: LevelResult = {
    name: "Totalt",
    ...totalFigures,
    explained,
    unexplained: subtract(totalFigures.forecastDeviation, explained),
  };
  const names = [
    ...options.lines.map((l) => ({ name: l.name, group: l.group })),
    { name: KOMMUNBIDRAG, group: "kommunbidrag" as const },
    { name: UNCLASSIFIED, group: "unclassified" as const },
  ];
  const costTypes = reportOrder(
    names.map((n, i) => ({ ...n, ...(lineFigures[i] ?? ZERO_FIGURES) })).filter((c) => !isZeroFigures(c)),
  );
  return { levels, total, costTypes, kommunbidrag };
}

/** Operating lines, unclassified accounts, then Kommunbidrag and Finansnetto below the net cost (as reports show them). */
function reportOrder(lines: CostTypeResult[]): CostTypeResult[] {
  const rank = (c: CostTypeResult): number => {
    switch (c.group) {
      case "income":
        return 0;
      case "cost":
        return 1;
      case "unclassified":
        return 2;
      case "kommunbidrag":
        return 3;
      case "financial":
        return 4;
    }
  };
  return lines
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i)
    .map(({ c }) => c);
}
