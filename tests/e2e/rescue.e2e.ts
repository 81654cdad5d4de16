import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { tempDir, writeWorkbook } from "../helpers/xlsx";
import { BUILT, launchChromium, openHarness } from "./browser";
import { serveFolder } from "./static-server";

let browser: Browser;
let page: Page;
let server: Awaited<ReturnType<typeof serveFolder>>;
const problems: string[] = [];
const dir = tempDir();

const pane = (): Locator => page.getByLabel("Åtgärdsfönstret");

async function visible(locator: Locator): Promise<void> {
  await locator.waitFor({ state: "visible", timeout: 15_000 });
}

/** The text of the option a select shows. */
async function chosen(select: Locator): Promise<string> {
  return select.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.text ?? "");
}

/**
 * A system export as a ledger system writes it: two columns both headed "Utfall" (the month's and the
 * year's so far: no rule ranks them), no period in any header, the budget last.
 */
const EXPORT_ROWS = [
  ["Belopp i kr"],
  ["Anslagsbindningsnivå", "Konto", "Utfall", "Utfall", "Prognos helår", "Årsbudget"],
  ["HVO", 5110, 3_000_000, 4_100_000, 12_500_000, 12_000_000],
  ["HVO", 3110, -500_000, -700_000, -2_000_000, -2_000_000],
  ["LSS", 5110, 900_000, 1_900_000, 5_800_000, 6_000_000],
];

/** The same export a month on, under the same file name: another workbook all the same. */
const NEXT_ROWS = [
  ["Belopp i kr"],
  ["Anslagsbindningsnivå", "Konto", "Budget 2024", "Utfall jan–maj 2024", "Prognos helår"],
  ["Kultur", 5110, 1_200_000, 480_000, 1_250_000],
];

/** No account and a budget summing to 0: nothing tells the sign, so the user must. */
const UNSIGNED_ROWS = [
  ["Belopp i kr"],
  ["Anslagsbindningsnivå", "Budget 2024", "Utfall jan–apr 2024", "Prognos helår"],
  ["HVO", 1_000_000, 300_000, 1_000_000],
  ["LSS", -1_000_000, -300_000, -1_000_000],
];

/** The emulated workbook's sheet as rows: a cell's formula where it has one, else its value. */
async function sheetRows(name: string): Promise<(string | number | boolean | null)[][]> {
  return page.evaluate((wanted) => {
    type Cell = { formula?: string; value?: unknown };
    type Sheet = {
      name: string;
      cells: { forEach: (visit: (cell: Cell, row: number, column: number) => void) => void };
    };
    const harness = (
      window as unknown as { budgetrapportHarness: { emulator: { workbook: { sheets: Sheet[] } } } }
    ).budgetrapportHarness;
    const sheet = harness.emulator.workbook.sheets.find((s) => s.name === wanted);
    const rows: (string | number | boolean | null)[][] = [];
    sheet?.cells.forEach((cell, r, c) => {
      const row = (rows[r] ??= []);
      const v = cell.formula ?? cell.value;
      row[c] = typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : null;
    });
    return JSON.parse(JSON.stringify(rows)) as (string | number | boolean | null)[][];
  }, name);
}

beforeAll(async () => {
  mkdirSync(join(dir, "first"), { recursive: true });
  mkdirSync(join(dir, "next"), { recursive: true });
  await writeWorkbook(join(dir, "first", "export.xlsx"), [{ name: "Export", rows: EXPORT_ROWS }]);
  await writeWorkbook(join(dir, "next", "export.xlsx"), [{ name: "Export", rows: NEXT_ROWS }]);
  await writeWorkbook(join(dir, "unsigned.xlsx"), [{ name: "Export", rows: UNSIGNED_ROWS }]);
  server = await serveFolder(BUILT);
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1300, height: 1000 }, locale: "sv-SE" });
  page = await openHarness(context, server.url, problems);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the rescue of a wrong detection, in the pane", () => {
  it("says what is wrong in the pane's words and offers each column as the fix", async () => {
    await page.locator('input[type="file"][accept=".xlsx"]').setInputFiles(join(dir, "first", "export.xlsx"));
    const ambiguous = pane().getByText(/Både kolumn C "Utfall" och kolumn D "Utfall" kan vara/);
    await visible(ambiguous);
    const messages = await pane().locator('[role="group"], .fui-MessageBar').allInnerTexts();
    expect(messages.join("\n")).toMatch(/Välj kolumnen här eller under Underlag\./);
    expect(messages.join("\n")).not.toMatch(/--|inputSign|"columns"/);
    await visible(pane().getByRole("button", { name: "Använd kolumn C" }));
    await pane().getByRole("button", { name: "Använd kolumn D" }).click();
    await ambiguous.waitFor({ state: "detached", timeout: 15_000 });
    await pane()
      .getByRole("button", { name: /Export: Budget/ })
      .click();
    expect(await chosen(pane().getByRole("combobox", { name: "Utfall" }))).toBe("D: Utfall");
    // The preview marks the columns read, the budget in F among them.
    const preview = pane().getByRole("table", { name: "Förhandsvisning av Export" });
    await visible(preview.getByText("F Årsbudget (Årsbudget)"));
    await visible(preview.getByText("D Utfall (Utfall)"));
  });

  it("leaves the period an empty, required choice with the reason, until the user makes it", async () => {
    await pane().getByRole("tab", { name: "Period" }).click();
    const month = pane().getByRole("combobox", { name: /Månad/ });
    expect(await chosen(month)).toBe("Välj …");
    expect(await pane().getByRole("spinbutton", { name: /År/ }).inputValue()).toBe("");
    await visible(pane().getByText(/Perioden framgår inte av rubrikerna/));
    expect(await pane().innerText()).not.toMatch(/--period/);
    await month.selectOption({ label: "april" });
    await pane().getByRole("spinbutton", { name: /År/ }).fill("2024");
    await visible(pane().getByText(/linjär: 4\/12 av årsbudgeten/));
    expect(await chosen(pane().getByRole("combobox", { name: /Månad/ }))).toBe("april");
  });

  it("gives the exact report after the fix", async () => {
    await pane().getByRole("tab", { name: "Rapport" }).click();
    await pane().getByRole("button", { name: "Generera rapport" }).click();
    await visible(pane().getByText("Rapporten är klar."));
    const rows = await sheetRows("Avvikelse per nivå");
    expect(rows[1]?.[0]).toMatch(/^Per den 30 april 2024\. Belopp i tkr\./);
    expect(rows[3]?.[0]).toMatch(/Periodens budget är linjär \(4\/12 av årsbudgeten\)/);
    // Utfall, Budget, Avvikelse for jan–apr; Prognos, Budget, Avvikelse for the year: column D's outcome.
    expect(rows.slice(6, 10)).toEqual([
      [
        "Anslagsbindningsnivå",
        "Utfall",
        "Budget",
        "Avvikelse",
        "Prognos",
        "Budget",
        "Avvikelse",
        "Förbrukningsgrad",
        "Perioden",
        "Helår",
        "Diagram: överskott",
        "Diagram: underskott",
      ],
      [
        "HVO",
        3400,
        3333.33333,
        "=C8-B8",
        10500,
        10000,
        "=F8-E8",
        "=IF(F8=0,0,B8/F8)",
        "=D8/ABS(C8)",
        "=G8/ABS(F8)",
        "=MAX(G8,0)",
        "=MIN(G8,0)",
      ],
      [
        "LSS",
        1900,
        2000,
        "=C9-B9",
        5800,
        6000,
        "=F9-E9",
        "=IF(F9=0,0,B9/F9)",
        "=D9/ABS(C9)",
        "=G9/ABS(F9)",
        "=MAX(G9,0)",
        "=MIN(G9,0)",
      ],
      [
        "Totalt",
        "=SUM(B8:B9)",
        "=SUM(C8:C9)",
        "=C10-B10",
        "=SUM(E8:E9)",
        "=SUM(F8:F9)",
        "=F10-E10",
        "=IF(F10=0,0,B10/F10)",
        "=D10/ABS(C10)",
        "=G10/ABS(F10)",
      ],
    ]);
    // The same figures in the pane: the year's deviation per level, in tkr.
    await pane().getByRole("tab", { name: "Förklaringar" }).click();
    const deviation = (level: string): Locator =>
      pane()
        .getByRole("region", { name: level })
        .locator('xpath=.//dt[normalize-space()="Helårsavvikelse"]/following-sibling::dd[1]');
    await visible(deviation("HVO"));
    expect(await deviation("HVO").innerText()).toBe("\u2212500");
    expect(await deviation("LSS").innerText()).toBe("200");
  });

  it("keeps the level just explained for the next explanation", async () => {
    const level = pane().getByRole("combobox", { name: "Anslagsbindningsnivå" });
    await level.selectOption("LSS");
    await pane().getByLabel("Förklaring", { exact: true }).fill("Lägre kostnader för korttidsvistelse");
    await pane().getByLabel("Belopp, tkr").fill("200");
    await pane().getByRole("button", { name: "Lägg till förklaring" }).last().click();
    await visible(pane().getByText("Lägre kostnader för korttidsvistelse"));
    expect(await pane().getByLabel("Förklaring", { exact: true }).inputValue()).toBe("");
    expect(await chosen(pane().getByRole("combobox", { name: "Anslagsbindningsnivå" }))).toBe("LSS");
  });

  it("opening another workbook resets every step: status, links and choices", async () => {
    await page.locator('input[type="file"][accept=".xlsx"]').setInputFiles(join(dir, "next", "export.xlsx"));
    await visible(pane().getByText("Inga fel i underlaget."));
    expect(await pane().getByRole("tab", { name: "Underlag" }).getAttribute("aria-selected")).toBe("true");
    await pane().getByRole("tab", { name: "Rapport" }).click();
    await visible(pane().getByRole("button", { name: "Generera rapport" }));
    expect(await pane().getByText("Rapporten är klar.").count()).toBe(0);
    expect(await pane().getByRole("listitem").getByRole("button", { name: "Sammanfattning" }).count()).toBe(
      0,
    );
    await pane().getByRole("tab", { name: "Period" }).click();
    expect(await chosen(pane().getByRole("combobox", { name: /Månad/ }))).toBe("maj");
  });

  it("leaves the sign an empty, required choice when nothing tells it", async () => {
    await page.locator('input[type="file"][accept=".xlsx"]').setInputFiles(join(dir, "unsigned.xlsx"));
    const sign = pane().getByRole("combobox", { name: "Tecken i underlaget" });
    await visible(sign);
    expect(await chosen(sign)).toBe("Välj …");
    await visible(
      pane()
        .getByText(/Teckenkonventionen går inte att avgöra.*Välj under Underlag/)
        .first(),
    );
    await sign.selectOption({ label: "Kostnader positiva, intäkter negativa" });
    await visible(pane().getByText("Inga fel i underlaget."));
    expect(await chosen(pane().getByRole("combobox", { name: "Tecken i underlaget" }))).toBe(
      "Kostnader positiva, intäkter negativa",
    );
  });

  it("logged no error", () => {
    expect(problems).toEqual([]);
  });
});
