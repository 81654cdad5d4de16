import type { LevelResult } from "../../../src/core/compute/compute-result";
import type { Money } from "../../../src/core/money";
import { changeDrivers } from "../../../src/core/report/summary-change";
import { summarySentences } from "../../../src/core/report/summary-text";
import { linkopingMonths, previousColumnResult } from "./comparison-results";
import { MINUS } from "./report-builder";

const m = (s: string): string => s.replace(/-(?=\d)/g, MINUS);

describe("the summary compares the year's forecast with the earlier one, in the seeds' words", () => {
  it("Linköping, August 2023: after July −25, after August −35 mnkr, a worsening of 10 mnkr and where it lies", async () => {
    const s = summarySentences((await linkopingMonths()).august);
    expect(s.slice(0, 3)).toEqual([
      "Resultatet per den 31 augusti visar ett underskott med 27,0 mnkr jämfört med periodens budget, vilket motsvarar 2,2 procent av budgeten.",
      "Helårsprognosen efter juli visade ett underskott med 25,0 mnkr.",
      m(
        "Efter augusti är prognosen ett underskott med 35,0 mnkr (1,9 procent av nettokostnadsbudgeten), en försämring med 10,0 mnkr " +
          "som främst förklaras av LSS, SFB och HSL (-4,0 mnkr) och Barn och unga (-4,0 mnkr).",
      ),
    ]);
    // the year's forecast is said once, with the comparison
    expect(s.filter((x) => x.includes("underskott med 35,0 mnkr"))).toHaveLength(1);
  });

  it("Linköping, July 2023: nothing to compare with, the forecast and its share of the budget alone", async () => {
    const s = summarySentences((await linkopingMonths()).july);
    expect(s[1]).toBe(
      "Prognosen för helåret visar ett underskott med 25,0 mnkr, vilket motsvarar 1,3 procent av nettokostnadsbudgeten.",
    );
    expect(s.join(" ")).not.toMatch(/efter juli|försämring|förbättring/);
  });

  it("with a column that names no month, compares with 'föregående prognos' and gives the change's own explanations", () => {
    // HVO: budget 12 000, forecast 13 900 (−1 900), earlier 13 000 (−1 000): −900.
    // IFO: budget 6 000, forecast 5 500 (+500), earlier 5 800 (+200): +300. Total −1 400 against −800: −600.
    const s = summarySentences(
      previousColumnResult(
        [
          ["HVO", 5110, 12000, 4500, 13900, 13000],
          ["IFO", 5110, 6000, 1900, 5500, 5800],
        ],
        [
          ["HVO", "Fler placeringar", -900, "Prognosförändring"],
          ["IFO", "Vakanser", 500, ""],
        ],
      ),
    );
    expect(s).toEqual([
      "Resultatet per den 30 april visar ett underskott med 0,4 mnkr jämfört med periodens budget, vilket motsvarar 6,7 procent av budgeten.",
      m(
        "Jämfört med föregående prognos, som visade ett underskott med 0,8 mnkr, är prognosen nu ett underskott med 1,4 mnkr " +
          "(7,8 procent av nettokostnadsbudgeten), en försämring med 0,6 mnkr som främst förklaras av fler placeringar (HVO, -0,9 mnkr).",
      ),
      m("Försämringen finns främst inom HVO (-0,9 mnkr)."),
      m(
        "Förklaringarna till försämringen summerar till -0,9 mnkr, men försämringen är -0,6 mnkr; 0,3 mnkr är ännu inte förklarat.",
      ),
      m("Underskottet finns inom HVO (-1,9 mnkr), medan IFO (0,5 mnkr) visar överskott."),
      // an explanation of the change is not one of the deviation's
      "Den största förklaringen är vakanser (IFO, 0,5 mnkr).",
      m(
        "Förklaringarna summerar till 0,5 mnkr, men helårsavvikelsen är -1,4 mnkr; -1,9 mnkr är ännu inte förklarat.",
      ),
    ]);
  });

  it("calls a better forecast an improvement, and the part of it not explained a part of it", () => {
    // HVO: budget 12 000, forecast 12 300 (−300), earlier 12 800 (−800): +500, of which 300 explained.
    const s = summarySentences(
      previousColumnResult(
        [
          ["HVO", 5110, 12000, 4000, 12300, 12800],
          ["IFO", 5110, 6000, 2000, 6000, 6000],
        ],
        [["HVO", "Lägre kostnader för placeringar", 300, "Prognosförändring"]],
      ),
    );
    expect(s.slice(1, 4)).toEqual([
      "Jämfört med föregående prognos, som visade ett underskott med 0,8 mnkr, är prognosen nu ett underskott med 0,3 mnkr " +
        "(1,7 procent av nettokostnadsbudgeten), en förbättring med 0,5 mnkr som främst förklaras av lägre kostnader för placeringar (HVO, 0,3 mnkr).",
      "Förbättringen finns främst inom HVO (0,5 mnkr).",
      "Av förbättringen är 0,2 mnkr ännu inte förklarat.",
    ]);
  });

  it("says the forecast is unchanged when the change rounds to nothing at 0,1 mnkr", () => {
    // −500 against −520: +20 tkr
    const s = summarySentences(previousColumnResult([["HVO", 5110, 12000, 4000, 12500, 12520]]));
    expect(s[1]).toBe(
      "Jämfört med föregående prognos, som visade ett underskott med 0,5 mnkr, är prognosen nu ett underskott med 0,5 mnkr " +
        "(4,2 procent av nettokostnadsbudgeten), oförändrad.",
    );
  });
});

describe("the levels that make most of a change", () => {
  /** A level whose forecast deviation changed by `change` mnkr (in öre: 1 mnkr is 10⁸). */
  const level = (name: string, change: number): LevelResult =>
    ({ name, forecastDeviationChange: (change * 1e8) as Money }) as LevelResult;

  it("are those moving the total's way, largest first, until they make half of it, with any level that moved as much as the last", () => {
    const levels = [level("A", -4), level("B", -1), level("C", -1), level("D", -4), level("E", 3)];
    expect(changeDrivers(levels, -7e8 as Money).map((l) => l.name)).toEqual(["A", "D"]);
    const even = [level("A", -3), level("B", -3), level("C", -3), level("D", -1)];
    expect(changeDrivers(even, -10e8 as Money).map((l) => l.name)).toEqual(["A", "B", "C"]);
  });
});
