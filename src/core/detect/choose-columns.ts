import { issue } from "../messages";
import { cellRef, columnIndex, columnLetter } from "../model/grid";
import type { Issue } from "../model/issue";
import type { Period } from "../model/period";
import type { Placement, SecondaryRole } from "./column-rules";
import {
  forecastVersion,
  monthName,
  placeAnnualBudget,
  placeForecast,
  placeOutcome,
  placePeriodBudget,
} from "./column-rules";
import type { ChosenColumns, ColumnContext, FigureRole } from "./column-context";
import { ROLE_NAMES, place } from "./column-context";
import { chooseLabels, monthColumns } from "./choose-label-columns";
import type { HeaderCell } from "./detect-header-row";
import type { Rejected } from "./detection";

type Judged = { cell: HeaderCell; placement: Placement };

/**
 * Decides the ledger's columns from its header cells: per role the candidates, the rules that place
 * each (column-rules.ts), and a decision with its reason — or, when no rule decides between two
 * columns, an error naming both, so that the user chooses (a warning followed by a guess could put a
 * plausible wrong number before the committee).
 */
export function chooseLedgerColumns(cells: readonly HeaderCell[], ctx: ColumnContext): ChosenColumns {
  const out: ChosenColumns = { columns: {}, detection: [], issues: [] };
  const of = (kind: string): HeaderCell[] => cells.filter((c) => c.reading.meaning.kind === kind);
  chooseLabels(out, ctx, cells);
  const monthly = monthColumns(out, ctx, cells);

  decide(
    out,
    ctx,
    "outcome",
    judge(of("outcome"), (c) => placeOutcome(c, ctx.period)),
  );
  decide(
    out,
    ctx,
    "periodBudget",
    judge(of("periodBudget"), (c) => placePeriodBudget(c, ctx.period)),
  );
  const annual = monthly.budget
    ? [] // the months make the annual budget; a Helår column beside them is a check
    : judge(of("annualBudget"), (c) => placeAnnualBudget(c, ctx.period));
  decide(out, ctx, "annualBudget", annual);
  if (monthly.budget && monthly.total) out.columns.annualBudget = columnLetter(monthly.total.col);
  decide(out, ctx, "forecast", judgeForecasts(of("forecast"), ctx.period));
  out.issues.push(...earlierForecast(out, ctx, cells));

  const deviations = of("deviation");
  if (deviations.length > 0) {
    out.columns.deviations = deviations.map((c) => columnLetter(c.col));
    for (const c of deviations)
      out.detection.push({
        sheet: ctx.sheet,
        role: "deviation",
        chosen: place(ctx, c),
        rule: "input-deviation",
        reason: "avvikelsekolumn i underlaget: kontrolleras rad för rad, läses aldrig som belopp",
        rejected: [],
      });
  }
  return out;
}

/**
 * The forecast read is one its header says was made before the period ("Prognos juli" in August's
 * report): it is the latest there is, and so the year's forecast, but the report should not present it
 * as this month's without saying so.
 */
function earlierForecast(out: ChosenColumns, ctx: ColumnContext, cells: readonly HeaderCell[]): Issue[] {
  const letter = out.columns.forecast;
  const cell = letter === undefined ? undefined : cells.find((c) => columnLetter(c.col) === letter);
  const month = cell?.reading.month;
  const period = ctx.period;
  if (!cell || month === undefined || !period || cell.reading.version !== undefined) return [];
  if ((cell.reading.year ?? period.year) !== period.year || month >= period.month) return [];
  return [
    issue(
      "forecast-made-earlier",
      { header: cell.text, made: monthName(month), period: monthName(period.month) },
      { sheet: ctx.sheet, cell: cellRef(ctx.headerRow, cell.col) },
    ),
  ];
}

function judge(cells: readonly HeaderCell[], rule: (c: HeaderCell) => Placement): Judged[] {
  return cells.map((cell) => ({ cell, placement: rule(cell) }));
}

/** Forecast versions: the latest up to the period wins, the one before it is the previous forecast. */
function judgeForecasts(cells: readonly HeaderCell[], period: Period | undefined): Judged[] {
  const judged = judge(cells, (c) => placeForecast(c, period));
  const versions = judged
    .filter((j) => j.placement.kind === "candidate")
    .map((j) => ({ j, v: forecastVersion(j.cell) }))
    .filter((x): x is { j: Judged; v: { by: "month" | "number"; order: number } } => x.v !== undefined);
  const plain = judged.filter((j) => j.placement.kind === "candidate" && !forecastVersion(j.cell));
  const by = new Set(versions.map((x) => x.v.by));
  const plainForecast = plain.length === 1 ? plain[0] : undefined;
  // One unversioned forecast beside versions all made before the period's month ("Prognos helår" beside
  // "Prognos juli" in August): the unversioned one is this month's, the latest version the previous one.
  if (plainForecast && period && versions.length > 0 && versions.every((x) => madeBefore(x.j.cell, period))) {
    const ordered = [...versions].sort((a, b) => b.v.order - a.v.order);
    return judged.map((j) => {
      if (j === plainForecast)
        return {
          cell: j.cell,
          placement: {
            kind: "candidate",
            rank: 2,
            rule: "plain-beside-earlier",
            reason: "prognosen utan månad, bredvid prognoser gjorda före perioden",
          },
        };
      return earlierVersion(j, ordered.findIndex((x) => x.j === j) + 1);
    });
  }
  // Versions of one kind and no unversioned forecast beside them: the order decides.
  if (versions.length < 2 || plain.length > 0 || by.size > 1) return judged;
  const ordered = [...versions].sort((a, b) => b.v.order - a.v.order);
  return judged.map((j) => {
    const at = ordered.findIndex((x) => x.j === j);
    if (at < 0) return j;
    if (at === 0)
      return {
        cell: j.cell,
        placement: {
          kind: "candidate",
          rank: 2,
          rule: "latest-version",
          reason: "senaste prognosen t.o.m. perioden",
        },
      };
    return earlierVersion(j, at);
  });
}

/** A version below the forecast: at 1 the previous forecast, further down an older one (0: none). */
function earlierVersion(j: Judged, at: number): Judged {
  if (at <= 0) return j;
  if (at === 1)
    return {
      cell: j.cell,
      placement: {
        kind: "secondary",
        role: "previousForecast",
        rule: "earlier-version",
        reason: "prognosen före den senaste",
      },
    };
  return {
    cell: j.cell,
    placement: { kind: "rejected", rule: "earlier-version", reason: "en äldre prognos" },
  };
}

/** A version named by a month before the period's, in its year. */
function madeBefore(cell: HeaderCell, period: Period): boolean {
  const r = cell.reading;
  if (r.month === undefined || r.version !== undefined) return false;
  const year = r.year ?? period.year;
  return year === period.year && r.month < period.month;
}

/**
 * A comparison column (last year's, an earlier forecast): the one column that reads as it. Two that
 * both do ("Utfall 2023" beside "Bokslut 2023") leave the comparison out, with a warning naming both:
 * the figures compared with would otherwise be the first column's by chance.
 */
function settleSecondary(
  out: ChosenColumns,
  ctx: ColumnContext,
  role: SecondaryRole,
  cells: readonly HeaderCell[],
): void {
  const [first, second] = cells;
  if (!first || out.columns[role] !== undefined) return;
  if (!second) {
    out.columns[role] = columnLetter(first.col);
    return;
  }
  out.issues.push(
    issue(
      "comparison-column-ambiguous",
      {
        role: ROLE_NAMES[role],
        first: columnLetter(first.col),
        firstHeader: first.text,
        second: columnLetter(second.col),
        secondHeader: second.text,
      },
      { sheet: ctx.sheet, cell: cellRef(ctx.headerRow, second.col) },
    ),
  );
}

/**
 * The decision for one role: the user's column if chosen; else the single best-ranked candidate; two
 * of the same best rank are an error naming both. Secondary placements fill their own roles.
 */
function decide(out: ChosenColumns, ctx: ColumnContext, role: FigureRole, judged: readonly Judged[]): void {
  const rejectedList: Rejected[] = [];
  const secondary = new Map<SecondaryRole, HeaderCell[]>();
  for (const { cell, placement } of judged) {
    if (placement.kind === "secondary") {
      secondary.set(placement.role, [...(secondary.get(placement.role) ?? []), cell]);
      rejectedList.push({
        ...place(ctx, cell),
        rule: placement.rule,
        reason: `${placement.reason} (läses som ${ROLE_NAMES[placement.role]})`,
      });
    } else if (placement.kind === "rejected") rejectedList.push({ ...place(ctx, cell), ...pick(placement) });
  }
  for (const [secondaryRole, cells] of secondary) settleSecondary(out, ctx, secondaryRole, cells);
  const candidates = judged.filter((j) => j.placement.kind === "candidate");
  const user = ctx.chosen[role];
  if (user !== undefined) {
    out.columns[role] = user;
    const header = judged.find((j) => columnLetter(j.cell.col) === user)?.cell.text ?? "";
    const others = candidates.filter((j) => columnLetter(j.cell.col) !== user);
    out.detection.push({
      sheet: ctx.sheet,
      role,
      chosen: { cell: cellRef(ctx.headerRow, columnIndex(user) ?? 0), header },
      rule: "user-choice",
      reason: "vald i inställningarna",
      rejected: [
        ...others.map((j) => ({ ...place(ctx, j.cell), rule: "not-chosen", reason: "inte vald" })),
        ...rejectedList,
      ],
    });
    return;
  }
  const best = Math.max(0, ...candidates.map((j) => rankOf(j.placement)));
  const top = candidates.filter((j) => rankOf(j.placement) === best);
  const lower = candidates.filter((j) => rankOf(j.placement) !== best);
  for (const j of lower) {
    const winner = top[0];
    const monthAlone = j.placement.kind === "candidate" && j.placement.rule === "month-named";
    if (monthAlone && role === "outcome" && out.columns.monthOutcome === undefined)
      out.columns.monthOutcome = columnLetter(j.cell.col);
    rejectedList.unshift({
      ...place(ctx, j.cell),
      rule: monthAlone ? "month-alone" : "outranked",
      reason: monthAlone
        ? `gäller bara ${monthName(j.cell.reading.month ?? 0)}${role === "outcome" ? " (läses som månadens utfall)" : ""}, och "${winner?.cell.text ?? ""}" är ackumulerat`
        : `"${winner?.cell.text ?? ""}" anger perioden tydligare`,
    });
  }
  if (top.length > 1) {
    const [a, b] = top;
    if (a && b)
      out.issues.push({
        ...issue(
          "column-ambiguous",
          {
            role: ROLE_NAMES[role],
            first: columnLetter(a.cell.col),
            firstHeader: a.cell.text,
            second: columnLetter(b.cell.col),
            secondHeader: b.cell.text,
          },
          { sheet: ctx.sheet, cell: cellRef(ctx.headerRow, b.cell.col) },
        ),
        choices: { role, letters: top.map((t) => columnLetter(t.cell.col)) },
      });
    out.detection.push({
      sheet: ctx.sheet,
      role,
      chosen: null,
      rule: "ambiguous",
      reason: `ingen regel avgör mellan ${top.map((j) => `${columnLetter(j.cell.col)} "${j.cell.text}"`).join(" och ")}`,
      rejected: [
        ...top.map((j) => ({ ...place(ctx, j.cell), rule: "ambiguous", reason: pick(j.placement).reason })),
        ...rejectedList,
      ],
    });
    return;
  }
  const winner = top[0];
  if (!winner) {
    if (rejectedList.length > 0)
      out.detection.push({
        sheet: ctx.sheet,
        role,
        chosen: null,
        rule: "none-fits",
        reason: "ingen kolumn gäller perioden",
        rejected: rejectedList,
      });
    return;
  }
  out.columns[role] = columnLetter(winner.cell.col);
  const why = pick(winner.placement);
  const single = candidates.length === 1 && why.rule === "month-named";
  out.detection.push({
    sheet: ctx.sheet,
    role,
    chosen: place(ctx, winner.cell),
    rule: single ? "single-month-named" : why.rule,
    reason: single ? `${why.reason}; den enda kolumnen av sitt slag läses som t.o.m. perioden` : why.reason,
    rejected: rejectedList,
  });
}

function rankOf(p: Placement): number {
  return p.kind === "candidate" ? p.rank : 0;
}

function pick(p: Placement): { rule: string; reason: string } {
  return { rule: p.rule, reason: p.reason };
}
