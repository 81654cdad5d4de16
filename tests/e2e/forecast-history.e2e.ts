import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { loadXlsx, snapshot } from "../../src/emulator";
import { BUILT, launchChromium, openHarness } from "./browser";
import { serveFolder } from "./static-server";

/**
 * Linköping 2023 as the economist lives it, in the harness: the July workbook, its report; August's
 * figures entered into the same workbook; August's report, which shows the forecast's change since July.
 */
const FIXTURES = join(__dirname, "..", "fixtures", "linkoping");
type Row = Record<string, string>;
const EXPECTED = JSON.parse(readFileSync(join(FIXTURES, "linkoping.expected.json"), "utf8")) as {
  change: Row[];
};

const DOCS = join(__dirname, "..", "..", "docs");
/** `UPDATE_DOCS=1` keeps the pictures of the pane in docs/ (the README shows them). */
const SHOTS = process.env.UPDATE_DOCS === "1" ? DOCS : mkdtempSync(join(tmpdir(), "budgetrapport-shots-"));

async function shoot(name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await pane().screenshot({ path: join(SHOTS, name) });
}

let browser: Browser;
let page: Page;
let server: Awaited<ReturnType<typeof serveFolder>>;
const problems: string[] = [];

const pane = (): Locator => page.getByLabel("Åtgärdsfönstret");
const sheetTab = (name: string): Locator =>
  page.getByRole("tablist", { name: "Blad i arbetsboken" }).getByRole("tab", { name });
const comparison = (): Locator => pane().getByRole("region", { name: "Jämförelse med tidigare prognos" });

async function visible(locator: Locator): Promise<void> {
  await locator.waitFor({ state: "visible", timeout: 15_000 });
}

async function generate(): Promise<void> {
  await pane().getByRole("tab", { name: "Rapport" }).click();
  await pane().getByRole("button", { name: "Generera rapport" }).click();
  await visible(pane().getByText("Rapporten är klar."));
}

/** The kronor amount as the report shows it in mnkr (one decimal, decimal comma, no-break space, hyphen-minus). */
function mnkr(kronor: string): string {
  const [whole = "", decimals = ""] = (Math.abs(Number(kronor)) / 1_000_000).toFixed(1).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0");
  return `${Number(kronor) < 0 ? "-" : ""}${grouped},${decimals}`;
}

/** A level sheet row as the harness shows it: the texts of its cells, hidden columns left out. */
async function shownRow(sheet: string, label: string): Promise<string[]> {
  const row = page
    .getByRole("table", { name: sheet, exact: true })
    .getByRole("row")
    .filter({ has: page.getByRole("cell", { name: label, exact: true }) })
    .first();
  await visible(row);
  return (await row.getByRole("cell").allInnerTexts()).map((t) => t.trim());
}

beforeAll(async () => {
  server = await serveFolder(BUILT);
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1300, height: 1000 }, locale: "sv-SE" });
  page = await openHarness(context, server.url, problems);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the forecast change from July to August, in the pane (harness, real browser)", () => {
  it("July: the workbook keeps no forecast yet, so the report compares with none", async () => {
    await page
      .locator('input[type="file"][accept=".xlsx"]')
      .setInputFiles(join(FIXTURES, "linkoping-2023-07.xlsx"));
    await visible(page.getByText("Provbänk: linkoping-2023-07.xlsx (emulerad arbetsbok, inte Excel)"));
    await visible(pane().getByText("Inga fel i underlaget."));
    // Linköping reports in millions
    await pane()
      .getByRole("combobox", { name: "Enhet i rapporten" })
      .selectOption({ label: "mnkr (en decimal)" });
    await pane().getByRole("tab", { name: "Period" }).click();
    await visible(comparison().getByText(/Arbetsboken har inga sparade prognoser ännu/));
    await visible(comparison().getByText("Ingen tidigare prognos att jämföra med", { exact: false }));
    await generate();
  });

  it("August's figures entered in the same workbook; the pane lists July's forecast and compares with it", async () => {
    const august = snapshot(
      await loadXlsx(readFileSync(join(FIXTURES, "linkoping-2023-08.xlsx"))),
      "Huvudbok",
    );
    // The ledger's cells set through the workbook's Excel API in the page, as another add-in or a
    // macro would: the harness has no cell editor of its own.
    await page.evaluate(async (values) => {
      type Range = { values: unknown[][] };
      type Context = {
        workbook: { worksheets: { getItem: (name: string) => { getRange: (a: string) => Range } } };
        sync: () => Promise<void>;
      };
      const harness = (
        window as unknown as {
          budgetrapportHarness: { emulator: { run: (b: (c: Context) => Promise<void>) => Promise<void> } };
        }
      ).budgetrapportHarness;
      await harness.emulator.run(async (context) => {
        context.workbook.worksheets.getItem("Huvudbok").getRange(`A1:G${values.length}`).values = values;
        await context.sync();
      });
    }, august);
    await pane().getByRole("button", { name: "Läs om arbetsboken" }).click();
    await visible(pane().getByText("Inga fel i underlaget."));
    await pane().getByRole("tab", { name: "Period" }).click();
    await visible(pane().getByText("Läst ur rubriken ”Utfall jan–aug 2023” (Huvudbok!F5)."));
    await visible(
      comparison()
        .getByRole("list", { name: "Sparade prognoser i arbetsboken" })
        .getByText(/^Prognosen efter juli 2023 \(sparad \d{4}-\d\d-\d\d \d\d:\d\d\)$/),
    );
    await visible(comparison().getByText("Jämförs med prognosen efter juli 2023 (sparad i arbetsboken)."));
    const choice = comparison().getByRole("combobox", { name: "Jämför med" });
    expect(await choice.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.text)).toBe("Automatiskt");
  });

  it("August's report: the level sheet shows July's forecast and the change, −10,0 mnkr, every level exact", async () => {
    await generate();
    await sheetTab("Avvikelse per nivå").click();
    const total = await shownRow("Avvikelse per nivå", "Totalt");
    expect(total).toContain(mnkr("1897000000")); // the forecast after July
    expect(total).toContain(mnkr("-25000000")); // its deviation
    expect(total).toContain("-10,0"); // the change
    const changeAt = total.indexOf("-10,0");
    const previousAt = total.indexOf(mnkr("1897000000"));
    for (const level of EXPECTED.change) {
      const row = await shownRow("Avvikelse per nivå", level.name ?? "");
      expect([level.name, row[previousAt], row[changeAt]]).toEqual([
        level.name,
        mnkr(level.previousForecast ?? ""),
        mnkr(level.forecastDeviationChange ?? ""),
      ]);
    }
  });

  it("a regenerated August still compares with July, and the pane lists both forecasts", async () => {
    await generate();
    await pane().getByRole("tab", { name: "Period" }).click();
    const kept = comparison().getByRole("list", { name: "Sparade prognoser i arbetsboken" });
    await visible(kept.getByText(/^Prognosen efter augusti 2023 /));
    expect(await kept.getByRole("listitem").count()).toBe(2);
    await visible(comparison().getByText("Jämförs med prognosen efter juli 2023 (sparad i arbetsboken)."));
  });

  it("the user picks July's forecast, then Automatiskt again: the pane says which comparison the result uses", async () => {
    const choice = comparison().getByRole("combobox", { name: "Jämför med" });
    // August's own forecast is listed but cannot be picked for August's report
    expect(await choice.locator('option[value="2023-08"]').isDisabled()).toBe(true);
    await choice.selectOption("2023-07");
    await visible(
      comparison().getByText("Jämförs med prognosen efter juli 2023 (sparad i arbetsboken, ditt val)."),
    );
    await choice.selectOption({ label: "Automatiskt" });
    await visible(comparison().getByText("Jämförs med prognosen efter juli 2023 (sparad i arbetsboken)."));
    await comparison().scrollIntoViewIfNeeded();
    await shoot("pane-5-jamforelse.png");
    await pane().getByRole("tab", { name: "Justeringar" }).click();
    await visible(pane().getByRole("button", { name: /Lägg till justering/ }));
    await shoot("pane-6-justeringar.png");
  });

  it("logged no error", () => {
    expect(problems).toEqual([]);
  });
});
