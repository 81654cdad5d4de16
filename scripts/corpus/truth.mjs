// The true books of a made-up socialnämnd, from which every corpus workbook is written and every expected
// result is computed. Amounts are BigInt öre in the net-cost sign (costs positive, income negative); a
// workbook may show them in another unit or sign, the truth never changes. Deterministic: a seed
// gives the same books every run.

/** A small, seeded pseudo-random generator (mulberry32): the same fixtures on every machine. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const LEVELS = [
  { name: "Barn och unga", ansvar: ["7110", "7120"], verksamhet: ["410", "420"] },
  { name: "Vuxna med missbruksproblem", ansvar: ["7210"], verksamhet: ["510"] },
  { name: "Funktionsnedsättning", ansvar: ["7310", "7320"], verksamhet: ["610"] },
  { name: "LSS/SFB/HSL", ansvar: ["7410"], verksamhet: ["710", "720"] },
];

export const ACCOUNTS = [
  { konto: "3010", name: "Taxor och avgifter", income: true, size: 2_000_000 },
  { konto: "3510", name: "Statsbidrag", income: true, size: 5_000_000 },
  { konto: "4610", name: "Köp av huvudverksamhet", size: 14_000_000 },
  { konto: "4510", name: "Lämnade bidrag", size: 3_000_000 },
  { konto: "5110", name: "Löner tillsvidareanställda", size: 30_000_000, staff: true },
  { konto: "5410", name: "Sociala avgifter", size: 9_000_000, staff: true },
  { konto: "6010", name: "Lokalhyror", size: 6_000_000 },
  { konto: "6410", name: "Förbrukningsinventarier", size: 1_200_000 },
  { konto: "7810", name: "Avskrivningar", size: 600_000 },
  { konto: "8410", name: "Räntekostnader", size: 120_000 },
];

const ANSVAR_NAMES = {
  7110: "Barn och unga, myndighet",
  7120: "Barn och unga, utförare",
  7210: "Vuxenenheten",
  7310: "Daglig verksamhet",
  7320: "Boende funktionsnedsättning",
  7410: "LSS-handläggning",
};

export function ansvarName(code) {
  return ANSVAR_NAMES[code] ?? code;
}

const VERKSAMHET_NAMES = {
  410: "Stöd till barn och unga",
  420: "Familjehem",
  510: "Missbruksvård",
  610: "Insatser funktionsnedsättning",
  710: "Personlig assistans",
  720: "Hälso- och sjukvård",
};

export function verksamhetName(code) {
  return VERKSAMHET_NAMES[code] ?? code;
}

/**
 * The books: one row per level × ansvar × verksamhet × account (a subset), each with twelve months of
 * budget, the outcome of months 1..period (this year and last), the forecast for the year and an
 * earlier forecast. `ore`: amounts carry öre (else whole kronor, so that tkr and mkr show them exactly).
 * Every annual budget is a whole multiple of 12 kr, so a linear period budget (months/12) is exact
 * whatever rows are summed first.
 */
export function makeBooks({ seed, period, ore = false }) {
  const rnd = random(seed);
  const between = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const rows = [];
  LEVELS.forEach((level, l) => {
    level.ansvar.forEach((ansvar, a) => {
      const verksamhet = level.verksamhet[a % level.verksamhet.length];
      ACCOUNTS.forEach((account, k) => {
        if ((l + a + k) % 4 === 3) return; // not every account on every ansvar
        const sign = account.income ? -1n : 1n;
        const annualKr = BigInt(Math.round((account.size * (0.5 + rnd())) / 12)) * 12n;
        const budgetMonths = monthly(annualKr * 100n, account.staff, between);
        const outcome = budgetMonths.map((b, m) => (m < period.month ? wobble(b, between, ore) : 0n));
        const lastYear = budgetMonths.map((b) => wobble((b * 97n) / 100n, between, ore));
        const forecast = (annualKr + (annualKr * BigInt(between(-40, 40))) / 1000n) * 100n;
        const previousForecast = forecast + BigInt(between(-20, 20)) * 100_000n;
        rows.push({
          level: level.name,
          ansvar,
          verksamhet,
          konto: account.konto,
          kontoName: account.name,
          budgetMonths: budgetMonths.map((v) => sign * v),
          outcomeMonths: outcome.map((v) => sign * v),
          lastYearMonths: lastYear.map((v) => sign * v),
          forecast: sign * forecast,
          previousForecast: sign * previousForecast,
        });
      });
    });
  });
  return { period, rows };
}

/** Twelve months that add up to `annual` öre exactly; staff costs lower in the summer, higher in December. */
function monthly(annual, staff, between) {
  const weights = staff ? [100, 100, 100, 100, 100, 95, 60, 80, 100, 100, 100, 165] : Array(12).fill(100);
  const total = BigInt(weights.reduce((s, w) => s + w, 0));
  const months = weights.map(
    (w) => ((annual * BigInt(w)) / total / 100n) * 100n + BigInt(between(-3, 3)) * 100n,
  );
  const rest = annual - months.slice(0, 11).reduce((s, v) => s + v, 0n);
  months[11] = rest;
  return months;
}

/** An outcome near a budget: ±8 %, whole kronor, plus öre when asked. */
function wobble(budget, between, ore) {
  const kr = ((budget / 100n) * BigInt(1000 + between(-80, 80))) / 1000n;
  return kr * 100n + (ore ? BigInt(between(0, 99)) : 0n);
}

export const sum = (values) => values.reduce((s, v) => s + v, 0n);
