import type { Unit } from "../../../src/core/money";
import type { PivotPlanResult } from "../../../src/core/read/pivot-plan";
import { planPivot } from "../../../src/core/read/pivot-plan";
import type { Row } from "../layouts/grid-builder";
import { sheet } from "../layouts/grid-builder";

const BOU = "Barn och unga";
const LSS = "LSS";

type Options = { labels?: number[]; amounts?: number[]; unit?: Unit; headerRow?: number };

/** Plans the pivot on a sheet "Pivot" whose header is the first row unless told. */
function plan(rows: (Row | undefined)[], options: Options = {}): PivotPlanResult {
  return planPivot({
    sheet: sheet("Pivot", rows),
    headerRow: options.headerRow ?? 0,
    labelColumns: options.labels ?? [0],
    amountColumns: options.amounts ?? [1, 2],
    unit: options.unit ?? "kr",
  });
}

/** Each planned row as "Excel row: kind top › … › own", the way a reader checks a pivot by eye. */
function outline(result: PivotPlanResult): string[] {
  return (result.plan?.rows ?? []).map((r) =>
    [`${r.row + 1}: ${r.kind}`, r.labels.join(" › ")].filter((s) => s !== "").join(" "),
  );
}

function codes(result: PivotPlanResult): string[] {
  return result.issues.map((i) => `${i.code} ${i.cell ?? ""}`);
}

describe("compact form: every label in one column, parents with their subtotals above", () => {
  const rows: Row[] = [
    ["Radetiketter", "Summa av Budget 2024", "Summa av Utfall ack 202404"],
    [BOU, 1500, 480],
    [3010, -500, -120],
    [5110, 2000, 600],
    [LSS, 700, 300],
    [4610, 700, 300],
    ["Totalsumma", 2200, 780],
  ];

  it("reads the levels and their accounts, account codes as labels, and a parent with a single child", () => {
    const result = plan(rows);
    expect(result.issues).toEqual([]);
    expect(result.plan?.depth).toBe(2);
    expect(outline(result)).toEqual([
      `2: parent ${BOU}`,
      `3: leaf ${BOU} › 3010`,
      `4: leaf ${BOU} › 5110`,
      `5: parent ${LSS}`,
      `6: leaf ${LSS} › 4610`,
      "7: grandTotal",
    ]);
    expect(result.plan?.rows[1]).toMatchObject({ topLabel: BOU, leafLabel: "3010", depth: 2 });
  });

  it("a level named by a number, and a level that is a number too, are read from the sums alone", () => {
    const result = plan([
      ["Radetiketter", "Budget", "Utfall"],
      [410, 300, 90],
      [4610, 100, 30],
      [5110, 200, 60],
      [510, 50, 10],
      [5110, 50, 10],
    ]);
    expect(outline(result)).toEqual([
      "2: parent 410",
      "3: leaf 410 › 4610",
      "4: leaf 410 › 5110",
      "5: parent 510",
      "6: leaf 510 › 5110",
    ]);
  });

  it("three row fields (level, ansvar, account) give three levels, the top one the level", () => {
    const result = plan([
      ["Radetiketter", "Summa av Budget 2024", "Summa av Utfall ack 202404"],
      [BOU, 1500, 480],
      ["7110 Myndighet", 1000, 330],
      [3010, -500, -120],
      [5110, 1500, 450],
      ["7120 Utförare", 500, 150],
      [5110, 500, 150],
      [LSS, 700, 300],
      ["7410 LSS-handläggning", 700, 300],
      [4610, 200, 100],
      [5110, 500, 200],
      ["Totalsumma", 2200, 780],
    ]);
    expect(result.issues).toEqual([]);
    expect(result.plan?.depth).toBe(3);
    expect(outline(result)).toEqual([
      `2: parent ${BOU}`,
      `3: parent ${BOU} › 7110 Myndighet`,
      `4: leaf ${BOU} › 7110 Myndighet › 3010`,
      `5: leaf ${BOU} › 7110 Myndighet › 5110`,
      `6: parent ${BOU} › 7120 Utförare`,
      `7: leaf ${BOU} › 7120 Utförare › 5110`,
      `8: parent ${LSS}`,
      `9: parent ${LSS} › 7410 LSS-handläggning`,
      `10: leaf ${LSS} › 7410 LSS-handläggning › 4610`,
      `11: leaf ${LSS} › 7410 LSS-handläggning › 5110`,
      "12: grandTotal",
    ]);
  });

  it("leaves that cancel, and a leaf of zeros, after the parent already adds up are leaves, not the next parent", () => {
    const result = plan([
      ["Radetiketter", "Budget", "Utfall"],
      [BOU, 100, 40],
      [5110, 100, 40],
      [7810, 50, 5],
      [7820, -50, -5],
      [6410, 0, 0],
      [LSS, 30, 10],
      [5110, 30, 10],
    ]);
    expect(result.issues).toEqual([]);
    expect(outline(result)).toEqual([
      `2: parent ${BOU}`,
      `3: leaf ${BOU} › 5110`,
      `4: leaf ${BOU} › 7810`,
      `5: leaf ${BOU} › 7820`,
      `6: leaf ${BOU} › 6410`,
      `7: parent ${LSS}`,
      `8: leaf ${LSS} › 5110`,
    ]);
  });

  it("amounts in tkr and stored as text are compared in öre", () => {
    const result = plan(
      [
        ["Radetiketter", "Budget", "Utfall"],
        [BOU, "1 500,5", 480.25],
        [3010, -499.5, "-120"],
        [5110, 2000, 600.25],
      ],
      { unit: "tkr" },
    );
    expect(result.issues).toEqual([]);
    expect(outline(result)).toEqual([`2: parent ${BOU}`, `3: leaf ${BOU} › 3010`, `4: leaf ${BOU} › 5110`]);
  });

  it('"(tom)" is an empty item: its label is empty, its rows still count', () => {
    const result = plan([
      ["Radetiketter", "Budget", "Utfall"],
      ["(tom)", 100, 40],
      [5110, 100, 40],
      [BOU, 10, 1],
      ["(blank)", 10, 1],
    ]);
    expect(result.plan?.rows.map((r) => [r.kind, r.topLabel, r.leafLabel])).toEqual([
      ["parent", "", ""],
      ["leaf", "", "5110"],
      ["parent", BOU, BOU],
      ["leaf", BOU, ""],
    ]);
  });

  it("three fields with no subtotals: a label alone above an account is an ansvar, above an ansvar a level", () => {
    const result = plan([
      ["Radetiketter", "Budget", "Utfall"],
      [BOU],
      ["7110"],
      [3010, -500, -120],
      [5110, 2000, 600],
      ["7120"],
      [5110, 500, 150],
      [LSS],
      ["7410"],
      [4610, 700, 300],
    ]);
    expect(result.issues).toEqual([]);
    expect(outline(result)).toEqual([
      `2: parent ${BOU}`,
      `3: parent ${BOU} › 7110`,
      `4: leaf ${BOU} › 7110 › 3010`,
      `5: leaf ${BOU} › 7110 › 5110`,
      `6: parent ${BOU} › 7120`,
      `7: leaf ${BOU} › 7120 › 5110`,
      `8: parent ${LSS}`,
      `9: parent ${LSS} › 7410`,
      `10: leaf ${LSS} › 7410 › 4610`,
    ]);
  });

  it("subtotals at the bottom: a level's label alone above, its Summa row below", () => {
    const result = plan([
      ["Radetiketter", "Budget", "Utfall"],
      [BOU],
      [3010, -500, -120],
      [5110, 2000, 600],
      [`${BOU} Summa`, 1500, 480],
      [LSS],
      [4610, 700, 300],
      [`${LSS} Summa`, 700, 300],
      ["Totalsumma", 2200, 780],
    ]);
    expect(result.issues).toEqual([]);
    expect(outline(result)).toEqual([
      `2: parent ${BOU}`,
      `3: leaf ${BOU} › 3010`,
      `4: leaf ${BOU} › 5110`,
      `5: parent ${BOU}`,
      `6: parent ${LSS}`,
      `7: leaf ${LSS} › 4610`,
      `8: parent ${LSS}`,
      "9: grandTotal",
    ]);
  });

  it("blank rows inside, and rows under the grand total, are not part of the pivot", () => {
    const result = plan([
      ["Radetiketter", "Budget", "Utfall"],
      [BOU, 100, 40],
      [],
      [5110, 100, 40],
      ["Totalsumma", 100, 40],
      undefined,
      ["Källa: Raindance"],
      ["Justering", 5, 0],
    ]);
    expect(outline(result)).toEqual([
      `2: parent ${BOU}`,
      "3: blank",
      `4: leaf ${BOU} › 5110`,
      "5: grandTotal",
      "6: blank",
      "7: outside",
      "8: outside",
    ]);
    expect(codes(result)).toEqual(["pivot-after-grand-total A8"]);
    expect(result.issues[0]?.severity).toBe("warning");
  });
});

describe("outline form: a parent's label on its own row in the first column, children in the next", () => {
  const header: Row = ["Anslagsbindningsnivå", "Konto", "Sum of Budget 2024", "Sum of Utfall ack 202404"];

  it("reads the levels, with English labels and a blank item", () => {
    const result = plan(
      [
        header,
        [BOU, null, 1500, 480],
        [null, 3010, -500, -120],
        [null, 5110, 2000, 600],
        ["(blank)", null, 700, 300],
        [null, 4610, 700, 300],
        ["Grand Total", null, 2200, 780],
      ],
      { labels: [0, 1], amounts: [2, 3] },
    );
    expect(result.issues).toEqual([]);
    expect(outline(result)).toEqual([
      `2: parent ${BOU}`,
      `3: leaf ${BOU} › 3010`,
      `4: leaf ${BOU} › 5110`,
      "5: parent",
      "6: leaf  › 4610",
      "7: grandTotal",
    ]);
  });

  it("a parent whose children do not add up is a warning naming its cell; its children count", () => {
    const result = plan(
      [
        header,
        [BOU, null, 1500, 480],
        [null, 3010, -500, -120],
        [null, 5110, 2000, 600],
        [LSS, null, 700, 310],
        [null, 4610, 700, 300],
        ["Grand Total", null, 2200, 780],
      ],
      { labels: [0, 1], amounts: [2, 3] },
    );
    expect(outline(result)).toEqual([
      `2: parent ${BOU}`,
      `3: leaf ${BOU} › 3010`,
      `4: leaf ${BOU} › 5110`,
      `5: parent ${LSS}`,
      `6: leaf ${LSS} › 4610`,
      "7: grandTotal",
    ]);
    expect(codes(result)).toEqual(["pivot-parent-mismatch D5"]);
    expect(result.issues[0]).toMatchObject({ severity: "warning", sheet: "Pivot" });
    expect(result.issues[0]?.message).toContain(`"${LSS}" visar 310 kr`);
    expect(result.issues[0]?.message).toContain("blir 300 kr");
  });

  it("a grand total that is not the sum of the leaves is a warning at its cell", () => {
    const result = plan(
      [
        header,
        [BOU, null, 1500, 480],
        [null, 3010, -500, -120],
        [null, 5110, 2000, 600],
        ["Totalsumma", null, 1600, 480],
      ],
      { labels: [0, 1], amounts: [2, 3] },
    );
    expect(result.plan).toBeDefined();
    expect(codes(result)).toEqual(["pivot-parent-mismatch C5"]);
  });
});

describe("tabular form: one column per field, subtotal rows below each group", () => {
  const header: Row = [
    "Anslagsbindningsnivå",
    "Konto",
    "Summa av Budget 2024",
    "Summa av Utfall jan-apr 2024",
  ];
  const options = { labels: [0, 1], amounts: [2, 3] };

  it("repeated labels and '… Summa' rows", () => {
    const result = plan(
      [
        header,
        [BOU, 3010, -500, -120],
        [BOU, 5110, 2000, 600],
        [`${BOU} Summa`, null, 1500, 480],
        [LSS, 4610, 700, 300],
        [`${LSS} Summa`, null, 700, 300],
        ["Totalsumma", null, 2200, 780],
      ],
      options,
    );
    expect(result.issues).toEqual([]);
    expect(outline(result)).toEqual([
      `2: leaf ${BOU} › 3010`,
      `3: leaf ${BOU} › 5110`,
      `4: parent ${BOU}`,
      `5: leaf ${LSS} › 4610`,
      `6: parent ${LSS}`,
      "7: grandTotal",
    ]);
  });

  it("labels only on a group's first row, 'Summa …' and '… Total' rows", () => {
    const result = plan(
      [
        header,
        [BOU, 3010, -500, -120],
        [null, 5110, 2000, 600],
        [`Summa ${BOU}`, null, 1500, 480],
        [LSS, 4610, 700, 300],
        [null, 5110, 0, 0],
        [`${LSS} Total`, null, 700, 300],
      ],
      options,
    );
    expect(result.issues).toEqual([]);
    expect(outline(result)).toEqual([
      `2: leaf ${BOU} › 3010`,
      `3: leaf ${BOU} › 5110`,
      `4: parent ${BOU}`,
      `5: leaf ${LSS} › 4610`,
      `6: leaf ${LSS} › 5110`,
      `7: parent ${LSS}`,
    ]);
  });

  it("outline form with repeated labels, and an account with no amounts, which is a leaf of zeros", () => {
    const result = plan(
      [
        header,
        [BOU, null, 1500, 480],
        [BOU, 3010, -500, -120],
        [BOU, 5110, 2000, 600],
        [BOU, 6410],
        [LSS, null, 700, 300],
        [LSS, 4610, 700, 300],
      ],
      options,
    );
    expect(result.issues).toEqual([]);
    expect(outline(result)).toEqual([
      `2: parent ${BOU}`,
      `3: leaf ${BOU} › 3010`,
      `4: leaf ${BOU} › 5110`,
      `5: leaf ${BOU} › 6410`,
      `6: parent ${LSS}`,
      `7: leaf ${LSS} › 4610`,
    ]);
  });

  it("a subtotal row that does not add up is a warning at its cell", () => {
    const result = plan(
      [header, [BOU, 3010, -500, -120], [BOU, 5110, 2000, 600], [`${BOU} Summa`, null, 1400, 480]],
      options,
    );
    expect(result.plan?.rows.map((r) => r.kind)).toEqual(["leaf", "leaf", "parent"]);
    expect(codes(result)).toEqual(["pivot-parent-mismatch C4"]);
    expect(result.issues[0]?.message).toMatch(/visar 1\s400 kr men raderna under den blir 1\s500 kr/);
  });
});

describe("no plan rather than a guess", () => {
  it("a compact pivot whose parent does not add up at any depth: an error at that parent", () => {
    const result = plan([
      ["Radetiketter", "Budget", "Utfall"],
      [BOU, 1500, 480],
      [3010, -500, -120],
      [5110, 2000, 600],
      [LSS, 700, 310],
      [4610, 700, 300],
    ]);
    expect(result.plan).toBeUndefined();
    expect(codes(result)).toEqual(["pivot-levels-unknown A5"]);
    expect(result.issues[0]?.severity).toBe("error");
    expect(result.issues[0]?.message).toContain("2–4 nivåer");
  });

  it("plain rows with no hierarchy are no pivot", () => {
    const result = plan([
      ["Konto", "Budget", "Utfall"],
      [3010, -500, -120],
      [5110, 2000, 600],
      [4610, 700, 300],
    ]);
    expect(result.plan).toBeUndefined();
    expect(result.issues.map((i) => i.code)).toEqual(["pivot-levels-unknown"]);
  });

  it("a row of zeros followed by rows that cancel may be a leaf or a parent of them: ambiguous, at that row", () => {
    const result = plan([
      ["Radetiketter", "Budget", "Utfall"],
      [BOU, 100, 40],
      [5110, 100, 40],
      [6410, 0, 0],
      [7810, 50, 5],
      [7820, -50, -5],
      [LSS, 30, 10],
      [5110, 30, 10],
      ["Totalsumma", 130, 50],
    ]);
    expect(result.plan).toBeUndefined();
    expect(codes(result)).toEqual(["pivot-levels-ambiguous A4"]);
    expect(result.issues[0]?.severity).toBe("error");
  });

  it("numbers that fit two depths are decided by the grand total, and are ambiguous without it", () => {
    // two levels with one account each, or one level whose one ansvar holds the second level's rows
    const rows: Row[] = [
      ["Radetiketter", "Budget"],
      [BOU, 100],
      [5110, 100],
      [LSS, 50],
      [4610, 50],
    ];
    const decided = plan([...rows, ["Totalsumma", 150]], { amounts: [1] });
    expect(decided.issues).toEqual([]);
    expect(outline(decided)).toEqual([
      `2: parent ${BOU}`,
      `3: leaf ${BOU} › 5110`,
      `4: parent ${LSS}`,
      `5: leaf ${LSS} › 4610`,
      "6: grandTotal",
    ]);
    expect(codes(plan(rows, { amounts: [1] }))).toEqual(["pivot-levels-ambiguous A3"]);
  });
});

describe("size", () => {
  it("a compact pivot of 4 levels × 50 ansvar × 40 accounts (8 205 rows) is planned in one pass", () => {
    const rows: Row[] = [["Radetiketter", "Budget", "Utfall", "Prognos"]];
    let expectedLeaves = 0;
    for (let l = 0; l < 4; l++) {
      const levelRow: number[] = [0, 0, 0];
      const level: Row[] = [];
      for (let a = 0; a < 50; a++) {
        const ansvarRow: number[] = [0, 0, 0];
        const accounts: Row[] = [];
        for (let k = 0; k < 40; k++) {
          const v = [
            ((l * 7 + a * 13 + k * 31) % 997) * 100 - 20_000,
            (k * 17 + a) * 3,
            ((a * k) % 101) - 50,
          ];
          v.forEach((x, f) => {
            ansvarRow[f] = (ansvarRow[f] ?? 0) + x;
            levelRow[f] = (levelRow[f] ?? 0) + x;
          });
          accounts.push([3000 + k * 10, ...v]);
          expectedLeaves++;
        }
        level.push([`${7000 + l * 100 + a} Ansvar`, ...ansvarRow], ...accounts);
      }
      rows.push([`Nivå ${l + 1}`, ...levelRow], ...level);
    }
    const started = performance.now();
    const result = plan(rows, { amounts: [1, 2, 3] });
    const ms = performance.now() - started;
    expect(result.issues).toEqual([]);
    expect(result.plan?.depth).toBe(3);
    expect(result.plan?.rows.filter((r) => r.kind === "leaf")).toHaveLength(expectedLeaves);
    expect(ms).toBeLessThan(5000);
  });
});
