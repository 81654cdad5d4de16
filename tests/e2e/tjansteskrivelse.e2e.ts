import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { BUILT, launchChromium, openHarness } from "./browser";
import { serveFolder } from "./static-server";
import { LETTERHEAD, wordTemplate } from "../io/docx/word-template";

/**
 * The tjänsteskrivelse from the pane, in the harness (emulated workbook, Debian's Chromium): the example
 * generated, then the document copied as formatted text, downloaded as .docx, and shown to be selected.
 */
const DOCS = join(__dirname, "..", "..", "docs");
/** `UPDATE_DOCS=1` keeps the picture of the section in docs/ (the README shows it). */
const SHOTS = process.env.UPDATE_DOCS === "1" ? DOCS : mkdtempSync(join(tmpdir(), "budgetrapport-shots-"));
const TITLE = "Delårsrapport per den 30 april med prognos för helår 2024";
const LEVELS = ["Hälsa, vård och omsorg", "Individ- och familjeomsorg", "LSS"];

let browser: Browser;
let server: Awaited<ReturnType<typeof serveFolder>>;
let page: Page;
const problems: string[] = [];

const paneOf = (p: Page): Locator => p.getByLabel("Åtgärdsfönstret");
const section = (p: Page = page): Locator =>
  paneOf(p).getByRole("region", { name: "Tjänsteskrivelse (Word)" });

async function visible(locator: Locator): Promise<void> {
  await locator.waitFor({ state: "visible", timeout: 15_000 });
}

/** A figure compared across renderers: U+2212 as the sheet's hyphen-minus, a no-break space as a space. */
const plain = (text: string): string =>
  text
    .replace(/\u2212/g, "-")
    .replace(/\u00a0/g, " ")
    .trim();

/** A page on the harness with the example read, its report generated: the section shows. */
async function generated(context: BrowserContext): Promise<Page> {
  const p = await openHarness(context, server.url, problems);
  await paneOf(p).getByRole("tab", { name: "Rapport" }).click();
  await paneOf(p).getByRole("button", { name: "Generera rapport" }).click();
  await visible(paneOf(p).getByText("Rapporten är klar."));
  await visible(section(p));
  return p;
}

beforeAll(async () => {
  server = await serveFolder(BUILT);
  browser = await launchChromium();
  const context = await browser.newContext({
    viewport: { width: 1300, height: 1000 },
    locale: "sv-SE",
    acceptDownloads: true,
  });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
  page = await generated(context);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("Tjänsteskrivelse (Word) in the pane", () => {
  it("offers the document three ways once the report is written", async () => {
    for (const name of ["Ladda ner .docx", "Kopiera som formaterad text", "Visa dokumentet"])
      await visible(section().getByRole("button", { name }));
  });

  it("copies it as formatted text: the clipboard's HTML holds the title, tables, and every level's deviation as the level sheet shows it", async () => {
    await section().getByRole("button", { name: "Kopiera som formaterad text" }).click();
    await visible(section().getByText(/^Dokumentet är kopierat\./));

    const clipboard = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      if (!item) return undefined;
      const html = await (await item.getType("text/html")).text();
      const text = await (await item.getType("text/plain")).text();
      const doc = new DOMParser().parseFromString(html, "text/html");
      return {
        text,
        h1: Array.from(doc.querySelectorAll("h1"), (h) => h.textContent ?? ""),
        h2: Array.from(doc.querySelectorAll("h2"), (h) => h.textContent ?? ""),
        tables: Array.from(doc.querySelectorAll("table"), (t) => ({
          header: t.querySelectorAll("thead tr").length,
          rows: Array.from(t.querySelectorAll("tbody tr"), (tr) =>
            Array.from(tr.querySelectorAll("td"), (td) => td.textContent ?? ""),
          ),
        })),
        scripts: doc.querySelectorAll("script").length,
      };
    });
    if (!clipboard) throw new Error("the clipboard holds nothing");
    expect(clipboard.h1).toEqual([TITLE]);
    expect(clipboard.h2).toEqual(expect.arrayContaining(["Förslag till beslut", "Ärende", "Bakgrund"]));
    expect(clipboard.tables.length).toBeGreaterThanOrEqual(3);
    expect(clipboard.tables.every((t) => t.header > 0)).toBe(true);
    expect(clipboard.scripts).toBe(0);
    expect(clipboard.text).toContain(`${TITLE}\n`);
    expect(clipboard.text).toMatch(/\nLSS\t[^\n]+\t/);

    // the level sheet as the harness shows it (Excel's number format: hyphen-minus, no-break space)
    await page
      .getByRole("tablist", { name: "Blad i arbetsboken" })
      .getByRole("tab", { name: "Avvikelse per nivå" })
      .click();
    const sheetRows = await page
      .getByRole("table", { name: "Avvikelse per nivå", exact: true })
      .getByRole("row")
      .evaluateAll((trs) =>
        trs.map((tr) => Array.from(tr.querySelectorAll("td"), (c) => (c as HTMLElement).innerText.trim())),
      );
    const header = sheetRows.find((r) => r[0] === "Anslagsbindningsnivå") ?? [];
    const deviations = header.flatMap((h, i) => (h === "Avvikelse" ? [i] : []));
    expect(deviations).toHaveLength(2); // the period's and the year's
    const documentRows = clipboard.tables.flatMap((t) => t.rows.map((r) => r.map(plain)));
    for (const level of [...LEVELS, "Totalt"]) {
      const shown = sheetRows.find((r) => r[0] === level);
      if (!shown) throw new Error(`the level sheet has no row ${level}`);
      const figures = deviations.map((i) => plain(shown[i] ?? ""));
      expect(figures.every((f) => /^-?\d/.test(f))).toBe(true);
      expect({
        level,
        inDocument: documentRows.some((r) => r[0] === level && figures.every((f) => r.includes(f))),
      }).toEqual({ level, inDocument: true });
    }
  });

  it("shows the document as rich text, and selects all of it for Ctrl+C", async () => {
    await section().getByRole("button", { name: "Visa dokumentet" }).click();
    const view = section().getByRole("document", { name: "Tjänsteskrivelsen" });
    await visible(view.getByRole("heading", { level: 1, name: TITLE }));
    expect(await view.getByRole("table").count()).toBeGreaterThanOrEqual(3);
    await section().getByRole("button", { name: "Markera allt och kopiera (Ctrl+C)" }).click();
    await visible(section().getByText(/^Dokumentet är markerat\./));
    const selected = await page.evaluate(() => window.getSelection()?.toString() ?? "");
    expect(selected).toContain(TITLE);
    expect(selected).toContain("Bakgrund");
  });

  it("downloads a .docx: a Word file (a zip with word/document.xml) holding the title", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      section().getByRole("button", { name: "Ladda ner .docx" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${TITLE}.docx`);
    const zip = await JSZip.loadAsync(readFileSync(await download.path()));
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(xml).toContain(TITLE);
    await visible(section().getByText(/^Word-filen .*\.docx lämnades till nedladdning/));
    expect(problems).toEqual([]);
  });

  it("fills a municipality's Word template chosen in the pane: the letterhead kept, the figures in it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "budgetrapport-mall-"));
    const template = join(dir, "mall.docx");
    writeFileSync(template, await wordTemplate());
    await section().getByLabel("Word-mall (valfri)").setInputFiles(template);
    await visible(section().getByText(/^Ladda ner \.docx fyller i Word-mallen mall\.docx/));
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      section().getByRole("button", { name: "Ladda ner .docx" }).click(),
    ]);
    const zip = await JSZip.loadAsync(readFileSync(await download.path()));
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(xml).toContain(LETTERHEAD);
    expect(xml).toContain(TITLE);
    expect(xml).not.toContain("{{");
    await section().getByRole("button", { name: "Använd standardutseendet" }).click();
    expect(problems).toEqual([]);
  });

  it("Rubrik och beslut: April ticked off and on, a title typed and emptied: the view's heading and the copy follow at once, and the next report keeps the choice", async () => {
    await section().getByRole("button", { name: "Rubrik och beslut" }).click();
    const heading = (name: string): Locator =>
      section().getByRole("document", { name: "Tjänsteskrivelsen" }).getByRole("heading", { level: 1, name });
    const april = section().getByRole("checkbox", { name: "april" });
    const title = section().getByRole("textbox", { name: "Rubrik" });
    expect(await april.isChecked()).toBe(true);
    expect(await section().getByRole("checkbox", { name: "mars" }).isChecked()).toBe(false);
    expect(await title.getAttribute("placeholder")).toBe(TITLE);
    await visible(section().getByText(/Sparas i arbetsboken när rapporten tas fram nästa gång/));

    // April's report when April is no delårsrapport month of this municipality
    await april.click();
    await visible(heading("Månadsuppföljning april 2024"));
    expect(await title.getAttribute("placeholder")).toBe("Månadsuppföljning april 2024");
    await april.click();
    await visible(heading(TITLE));

    // a title of her own: the view, and what the copy puts on the clipboard
    await title.fill("Delårsbokslut april 2024");
    await visible(heading("Delårsbokslut april 2024"));
    expect(await section().getByRole("textbox", { name: "Beslut" }).getAttribute("placeholder")).toBe(
      "Delårsbokslut april 2024 godkänns och överlämnas till kommunstyrelsen.",
    );
    await section().getByRole("button", { name: "Kopiera som formaterad text" }).click();
    await visible(section().getByText(/^Dokumentet är kopierat\./));
    const h1 = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const html = item ? await (await item.getType("text/html")).text() : "";
      return Array.from(
        new DOMParser().parseFromString(html, "text/html").querySelectorAll("h1"),
        (h) => h.textContent,
      );
    });
    expect(h1).toEqual(["Delårsbokslut april 2024"]);
    await shoot("pane-7-tjansteskrivelse.png", 350);

    // emptied: the made title again
    await title.fill("");
    await visible(heading(TITLE));

    // typed again and the report generated again: the choice went with it, and is still the document's
    await title.fill("Delårsbokslut april 2024");
    await paneOf(page).getByRole("button", { name: "Generera rapport" }).click();
    // the new report's section, view closed (the old one's said "Dölj dokumentet")
    await visible(section().getByRole("button", { name: "Visa dokumentet" }));
    await section().getByRole("button", { name: "Visa dokumentet" }).click();
    await visible(heading("Delårsbokslut april 2024"));
    await section().getByRole("button", { name: "Rubrik och beslut" }).click();
    expect(await title.inputValue()).toBe("Delårsbokslut april 2024");
    expect(problems).toEqual([]);
  });

  it("where the clipboard is refused (Excel on the web's frame): says so, and opens the view to copy from", async () => {
    const context = await browser.newContext({ viewport: { width: 1300, height: 1000 }, locale: "sv-SE" });
    // both ways of copying refused, as a frame without the clipboard permission refuses them
    await context.addInitScript(() => {
      const refuse = (): Promise<void> =>
        Promise.reject(
          new DOMException(
            "The Clipboard API has been blocked because of a permissions policy applied to the current document.",
            "NotAllowedError",
          ),
        );
      Object.defineProperty(navigator.clipboard, "write", { value: refuse });
      document.execCommand = () => false;
    });
    const refused = await generated(context);
    await section(refused).getByRole("button", { name: "Kopiera som formaterad text" }).click();
    await visible(section(refused).getByText(/^Excel lät inte tillägget skriva till urklipp/));
    await visible(section(refused).getByText(/blocked because of a permissions policy/));
    await visible(
      section(refused)
        .getByRole("document", { name: "Tjänsteskrivelsen" })
        .getByRole("heading", { level: 1, name: TITLE }),
    );
    await context.close();
  });
});

/**
 * The section as a `width` px task pane shows it (the harness's pane is wider), whole: the window made
 * tall enough that the pane's scrolling cuts none of it off; then the pane and window as they were.
 */
async function shoot(name: string, width: number): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: viewport?.width ?? 1300, height: 2000 });
  const pane = paneOf(page);
  const before = await pane.evaluate((el, w) => {
    const was = (el as HTMLElement).style.width;
    (el as HTMLElement).style.width = `${w}px`;
    return was;
  }, width);
  await section().screenshot({ path: join(SHOTS, name) });
  await pane.evaluate((el, was) => void ((el as HTMLElement).style.width = was), before);
  if (viewport) await page.setViewportSize(viewport);
}
