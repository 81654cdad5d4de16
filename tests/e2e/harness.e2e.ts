import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { BUILT, launchChromium, openHarness } from "./browser";
import { serveFolder } from "./static-server";

const DOCS = join(__dirname, "..", "..", "docs");
const CORPUS = join(__dirname, "..", "fixtures", "corpus");
const SHOTS = process.env.UPDATE_DOCS === "1" ? DOCS : mkdtempSync(join(tmpdir(), "budgetrapport-shots-"));

let browser: Browser;
let page: Page;
let server: Awaited<ReturnType<typeof serveFolder>>;
const requests: string[] = [];
const problems: string[] = [];

const pane = (): Locator => page.getByLabel("Åtgärdsfönstret");
const sheetTab = (name: string): Locator =>
  page.getByRole("tablist", { name: "Blad i arbetsboken" }).getByRole("tab", { name });
const sheetTable = (name: string): Locator => page.getByRole("table", { name, exact: true });

/** A level's figure in the Förklaringar step: the value beside its label. */
const figure = (level: Locator, label: string): Locator =>
  level.locator("dt", { hasText: label }).locator("xpath=following-sibling::dd[1]");

async function figureIs(level: Locator, label: string, value: string): Promise<void> {
  await level
    .locator(
      `xpath=.//dt[normalize-space()="${label}"]/following-sibling::dd[1][normalize-space()="${value}"]`,
    )
    .waitFor({ timeout: 15_000 });
  expect((await figure(level, label).innerText()).trim()).toBe(value);
}

/** The text of the option a select shows. */
async function chosen(select: Locator): Promise<string> {
  return select.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.text ?? "");
}

/** Waits until the locator shows (the harness re-renders after each Excel batch). */
async function visible(locator: Locator): Promise<void> {
  await locator.waitFor({ state: "visible", timeout: 15_000 });
}

async function shot(name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await pane().screenshot({ path: join(SHOTS, name) });
}

beforeAll(async () => {
  server = await serveFolder(BUILT);
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1300, height: 1000 }, locale: "sv-SE" });
  page = await openHarness(context, server.url, problems, (p) =>
    p.on("request", (r) => requests.push(r.url())),
  );
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the task pane in the harness (emulated workbook, real browser)", () => {
  it("shows what it detected in the example, with no problems", async () => {
    await visible(pane().getByText("Underlag: Budget, utfall och prognos, rubrikrad 4"));
    await pane()
      .getByRole("button", { name: /Underlag: Budget/ })
      .click();
    expect(await chosen(pane().getByRole("combobox", { name: "Utfall" }))).toBe("H: Utfall jan–apr 2024");
    await shot("pane-1-underlag.png");
    await pane()
      .getByRole("button", { name: /Underlag: Budget/ })
      .click();
  });

  it("shows the period it inferred", async () => {
    await pane().getByRole("tab", { name: "Period" }).click();
    expect(await chosen(pane().getByRole("combobox", { name: "Månad" }))).toBe("april");
    await visible(pane().getByText("Läst ur rubriken ”Utfall jan–apr 2024” (Underlag!H4)."));
    await shot("pane-2-period.png");
  });

  it("shows each level's deviation and explanations, and adds one to the workbook's explanations sheet", async () => {
    await pane().getByRole("tab", { name: "Förklaringar" }).click();
    const lss = pane().getByRole("region", { name: "LSS" });
    await figureIs(lss, "Helårsavvikelse", "1\u00a0400");
    await figureIs(lss, "Ej förklarat", "0");
    await pane().getByRole("combobox", { name: "Anslagsbindningsnivå" }).selectOption("LSS");
    await pane().getByLabel("Förklaring", { exact: true }).fill("=Högre kostnader för ledsagning");
    await pane().getByLabel("Belopp, tkr").fill("-300,25");
    await pane().getByRole("button", { name: "Lägg till förklaring" }).last().click();
    await figureIs(lss, "Ej förklarat", "300");
    await sheetTab("Förklaringar").click();
    await visible(sheetTable("Förklaringar").getByText("=Högre kostnader för ledsagning"));
    await shot("pane-3-forklaringar.png");
  });

  it("says what it will write, generates the report, and links the sheets it created", async () => {
    await pane().getByRole("tab", { name: "Rapport" }).click();
    await visible(pane().getByText(/Rapporten skriver bladen Sammanfattning, Avvikelse per nivå/));
    await pane().getByRole("button", { name: "Generera rapport" }).click();
    await visible(pane().getByText("Rapporten är klar."));
    for (const name of [
      "Sammanfattning",
      "Avvikelse per nivå",
      "Driftredovisning",
      "Viktigaste förklaringar",
      "Investeringsredovisning",
    ]) {
      await visible(pane().getByRole("listitem").getByRole("button", { name, exact: true }));
      await visible(sheetTab(name));
    }
    await shot("pane-4-rapport.png");
    await sheetTab("Viktigaste förklaringar").click();
    const list = sheetTable("Viktigaste förklaringar");
    await visible(list.getByText("=Högre kostnader för ledsagning"));
    await visible(list.getByText("Ej förklarat"));
    const injected = await page.evaluate(() => {
      type Cell = { formula?: string; value?: unknown };
      type Sheet = { name: string; cells: { forEach: (visit: (cell: Cell) => void) => void } };
      const harness = (
        window as unknown as { budgetrapportHarness: { emulator: { workbook: { sheets: Sheet[] } } } }
      ).budgetrapportHarness;
      const found: string[] = [];
      for (const sheet of harness.emulator.workbook.sheets)
        sheet.cells.forEach((cell) => cell.formula?.includes("ledsagning") && found.push(sheet.name));
      return found;
    });
    expect(injected).toEqual([]);
    // The level sheet as Excel shows it: formulas evaluated, the report's format "#,##0;[Red]-#,##0"
    // (a hyphen-minus and a no-break space), the largest forecast deviation in red, no formula text.
    await sheetTab("Avvikelse per nivå").click();
    const levels = sheetTable("Avvikelse per nivå");
    const deviation = levels.getByRole("cell", { name: /^-19\s600$/ }).first();
    await visible(deviation);
    expect(await deviation.innerText()).toBe("-19\u00a0600");
    expect(await deviation.evaluate((el) => getComputedStyle(el).color)).toBe("rgb(255, 0, 0)");
    const texts = await levels.getByRole("cell").allInnerTexts();
    expect(texts.filter((t) => t.trim().startsWith("="))).toEqual([]);
    await page.screenshot({ path: join(SHOTS, "harness.png") });
    // The emulator draws no chart: the harness names it where the report put one.
    await sheetTab("Sammanfattning").click();
    await visible(page.getByRole("figure", { name: /^Diagram: Prognostiserad avvikelse/ }));
  });

  it("edits the explanation and regenerates over its own sheets", async () => {
    await pane().getByRole("tab", { name: "Förklaringar" }).click();
    await pane().getByRole("button", { name: "Ändra förklaringen =Högre kostnader för ledsagning" }).click();
    // The form shows the amount as stored, to the öre, not rounded to whole tkr.
    expect(await pane().getByLabel("Belopp, tkr").inputValue()).toBe("\u2212300,25");
    await pane().getByLabel("Belopp, tkr").fill("1 400");
    await pane().getByLabel("Förklaring", { exact: true }).fill("Vakanta tjänster inom LSS");
    await pane().getByRole("button", { name: "Spara" }).click();
    await figureIs(pane().getByRole("region", { name: "LSS" }), "Ej förklarat", "\u22121\u00a0400");
    await pane().getByRole("tab", { name: "Rapport" }).click();
    await pane().getByRole("button", { name: "Generera rapport" }).click();
    await visible(pane().getByText("Rapporten är klar."));
    await sheetTab("Viktigaste förklaringar").click();
    await visible(sheetTable("Viktigaste förklaringar").getByText("Vakanta tjänster inom LSS"));
    const names = await page
      .getByRole("tablist", { name: "Blad i arbetsboken" })
      .getByRole("tab")
      .allInnerTexts();
    expect(names.filter((n) => n.startsWith("Sammanfattning"))).toEqual(["Sammanfattning"]);
  });

  it("reads a system export it has never seen: the accumulated outcome over August alone, and says why", async () => {
    await page
      .locator('input[type="file"][accept=".xlsx"]')
      .setInputFiles(join(CORPUS, "raindance-export-kr.xlsx"));
    await visible(pane().getByText("Rapport: Budget, utfall och prognos, rubrikrad 5"));
    await pane()
      .getByRole("button", { name: /Rapport: Budget/ })
      .click();
    const outcome = pane().getByRole("combobox", { name: "Utfall" });
    expect(await chosen(outcome)).toBe("J: Utfall ack 202408");
    await visible(
      pane().getByText(
        /J ”Utfall ack 202408”: ackumulerat.*I ”Utfall 202408”: gäller bara augusti \(läses som månadens utfall\)/,
      ),
    );
    await shot("pane-export-detection.png");
    await pane().getByRole("tab", { name: "Rapport" }).click();
    await pane().getByRole("button", { name: "Generera rapport" }).click();
    await visible(pane().getByText("Rapporten är klar."));
    await visible(sheetTab("Avvikelse per nivå"));
  });

  it("reads a PivotTable's output pasted as values, and says where the period came from", async () => {
    await page
      .locator('input[type="file"][accept=".xlsx"]')
      .setInputFiles(join(CORPUS, "pivot-kompakt-kr.xlsx"));
    await visible(pane().getByText("Pivot: Budget, utfall och prognos, rubrikrad 3"));
    await pane()
      .getByRole("button", { name: /Pivot: Budget/ })
      .click();
    expect(await chosen(pane().getByRole("combobox", { name: "Utfall" }))).toBe(
      "D: Summa av Utfall ack 202408",
    );
    await visible(pane().getByText(/D ”Summa av Utfall ack 202408”: ackumulerat/));
    await pane().getByRole("tab", { name: "Period" }).click();
    await visible(pane().getByText("Läst ur rubriken ”Summa av Utfall ack 202408” (Pivot!D3)."));
    await pane().getByRole("tab", { name: "Förklaringar" }).click();
    await visible(pane().getByRole("region", { name: "Barn och unga" }));
    await pane().getByRole("tab", { name: "Rapport" }).click();
    await pane().getByRole("button", { name: "Generera rapport" }).click();
    await visible(pane().getByText("Rapporten är klar."));
    await visible(sheetTab("Driftredovisning"));
  });

  it("made no request to any other host, and logged no error", () => {
    expect(
      requests.filter((u) => !u.startsWith(server.url) && !u.startsWith("data:") && !u.startsWith("blob:")),
    ).toEqual([]);
    expect(problems).toEqual([]);
  });
});
