import { readHeaderPeriod, resolveFourDigits } from "../../../src/core/detect/header-period";
import { normalizeHeader } from "../../../src/core/values/normalize-text";

const read = (header: string) => readHeaderPeriod(normalizeHeader(header));

describe("the time a header names", () => {
  it.each([
    ["Utfall ack 202408", { accumulated: true, year: 2024, month: 8 }],
    ["Utfall 202408", { accumulated: false, year: 2024, month: 8 }],
    ["Utfall 2024-08", { accumulated: false, year: 2024, month: 8 }],
    ["Ack utfall 2408", { accumulated: true, year: 2024, month: 8 }],
    ["Utfall jan–aug 2024", { accumulated: true, year: 2024, month: 8 }],
    ["Utfall jan-apr", { accumulated: true, month: 4 }],
    ["Utfall t.o.m. april", { accumulated: true, month: 4 }],
    ["Budget april 2024 ack", { accumulated: true, year: 2024, month: 4 }],
    ["Utfall per augusti", { accumulated: true, month: 8 }],
    ["Utfall hittills i år", { accumulated: true }],
    ["Utfall april 2024", { accumulated: false, year: 2024, month: 4 }],
    ["Prognos aug 2024", { accumulated: false, year: 2024, month: 8 }],
    ["Bokslut 2023", { wholeYear: true, year: 2023 }],
    ["Budget 2024", { accumulated: false, wholeYear: false, year: 2024 }],
    ["Helårsprognos", { wholeYear: true }],
    ["Utfall 1904", { year: 2019, month: 4 }],
  ])("%s", (header, expected) => {
    expect(read(header)).toMatchObject(expected);
  });

  it("leaves a 20YY token that can be a YYMM to the row: Utfall 2004 is 2004 or April 2020", () => {
    const r = read("Utfall 2004");
    expect(r.year).toBeUndefined();
    expect(r.fourDigits).toEqual({ asYear: 2004, asYymm: { year: 2020, month: 4 } });
  });

  it("does not take 'per månad' as through a month, or a month inside a longer word", () => {
    expect(read("Budget per månad").accumulated).toBe(false);
    expect(read("Majoritetsbudget").month).toBeUndefined();
  });
});

describe("a row settles its four-digit tokens", () => {
  it("with Utfall 1904 beside it, Utfall 2004 is April 2020 (and 1904 last year's)", () => {
    const { readings, rule } = resolveFourDigits([read("Utfall 1904"), read("Utfall 2004")], []);
    expect(rule).toBe("yymm-in-row");
    expect(readings.map((r) => [r.year, r.month])).toEqual([
      [2019, 4],
      [2020, 4],
    ]);
  });

  it("a title naming 2020 as the year makes 2004 a YYMM", () => {
    const { readings, rule } = resolveFourDigits([read("Utfall 2004")], [2020]);
    expect(rule).toBe("title-year");
    expect(readings[0]).toMatchObject({ year: 2020, month: 4 });
  });

  it("otherwise it is a year: Budget 2012 is the year 2012", () => {
    const { readings, rule } = resolveFourDigits([read("Budget 2012")], []);
    expect(rule).toBe("year");
    expect(readings[0]).toMatchObject({ year: 2012 });
    expect(readings[0]?.month).toBeUndefined();
  });
});
