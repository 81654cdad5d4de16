import {
  changeWithoutPrevious,
  labelSaysChange,
  readAbout,
  withoutChangeWords,
} from "../../../src/core/read/explanation-about";

describe("what an Avser cell says", () => {
  it.each([
    null,
    "",
    "  ",
    "Avvikelse",
    "avvikelse mot budget",
    "Budgetavvikelse",
    "Prognosavvikelse",
    "Avv.",
  ])("%p is the deviation", (value) => expect(readAbout(value)).toBe("deviation"));

  it.each([
    "Prognosförändring",
    "PROGNOSFÖRÄNDRING",
    "Förändring",
    "Prognosförändring sedan föregående",
    "Förändring mot föregående prognos",
    "Prognos förändring",
    "Ändrad prognos",
  ])("%p is the forecast change", (value) => expect(readAbout(value)).toBe("forecastChange"));

  it.each(["Helår", "Budget", "x", 1, "Oförändrad"])("%p is neither", (value) =>
    expect(readAbout(value)).toBeUndefined(),
  );
});

describe("a total row's words", () => {
  it("tell a total of the change from a total of the deviation", () => {
    expect(labelSaysChange("Totalt prognosförändring")).toBe(true);
    expect(labelSaysChange("Summa förändring HVO")).toBe(true);
    expect(labelSaysChange("Totalt HVO")).toBe(false);
    expect(labelSaysChange("Totalt oförändrade kostnader")).toBe(false);
  });

  it("leave the level once the change's words are gone", () => {
    expect(withoutChangeWords("Totalt prognosförändring HVO")).toBe("Totalt HVO");
    expect(withoutChangeWords("Summa förändring för IFO")).toBe("Summa för IFO");
    expect(withoutChangeWords("Totalt prognosförändring")).toBe("Totalt");
  });
});

describe("explanations of a change with nothing to compare with", () => {
  it("give one warning at the first one's cell, counting them", () => {
    const issues = changeWithoutPrevious([
      { about: "deviation", sheet: "Förklaringar", cell: "C2" },
      { about: "forecastChange", sheet: "Förklaringar", cell: "C3" },
      { about: "forecastChange", sheet: "Förklaringar", cell: "C5" },
    ]);
    expect(issues).toEqual([
      expect.objectContaining({
        severity: "warning",
        code: "explanation-change-without-previous",
        sheet: "Förklaringar",
        cell: "C3",
      }),
    ]);
    expect(issues[0]?.message).toMatch(/^2 förklaringar avser prognosförändringen/);
  });

  it("give none when every explanation is about the deviation", () => {
    expect(changeWithoutPrevious([{ about: "deviation", sheet: "F", cell: "C2" }])).toEqual([]);
  });
});
