import type { Browser, Page } from "playwright-core";
import { BUILT as BUILT_ADDIN, launchChromium } from "./browser";
import { serveFolder } from "./static-server";

/** The built add-in (`npm run test:e2e` builds it first); E2E_BUILT names another build to test. */
const BUILT = process.env.E2E_BUILT ?? BUILT_ADDIN;

let browser: Browser;
let page: Page;
let server: Awaited<ReturnType<typeof serveFolder>>;
const problems: string[] = [];
/** Every engine worker the page started, and whether it has ended. */
const workers: { url: string; ended: boolean }[] = [];

/** Waits until `condition` holds (the pane answers after the worker does). */
async function until(condition: () => boolean | Promise<boolean>, timeout = 15_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  server = await serveFolder(BUILT);
  browser = await launchChromium();
  page = await (await browser.newContext({ locale: "sv-SE" })).newPage();
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("worker", (worker) => {
    const seen = { url: worker.url(), ended: false };
    workers.push(seen);
    worker.on("close", () => (seen.ended = true));
  });
  await page.goto(`${server.url}/harness.html`);
  await page.getByLabel("Åtgärdsfönstret").getByText("Inga fel i underlaget.").waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the engine in a Web Worker, in Chromium", () => {
  it("computes the workbook in a worker of the add-in's own origin", () => {
    expect(workers).toHaveLength(1);
    expect(workers[0]?.url.startsWith(`${server.url}/`)).toBe(true);
    expect(workers[0]?.ended).toBe(false);
  });

  it("reads and computes the report in a new worker, and ends the one it no longer needs", async () => {
    const pane = page.getByLabel("Åtgärdsfönstret");
    await pane.getByRole("tablist", { name: "Budgetrapport" }).getByRole("tab", { name: "Rapport" }).click();
    await pane.getByRole("button", { name: "Generera rapport" }).click();
    await pane.getByText("Rapporten är klar.").waitFor({ timeout: 30_000 });
    await until(() => workers[0]?.ended === true);
    expect(workers.map((w) => w.ended)).toEqual([true, false]);
  });

  it("computes a changed choice in the worker: the pane shows what the engine settled", async () => {
    const pane = page.getByLabel("Åtgärdsfönstret");
    await pane.getByRole("tablist", { name: "Budgetrapport" }).getByRole("tab", { name: "Underlag" }).click();
    const unit = pane.getByRole("combobox", { name: "Enhet i rapporten" });
    await unit.selectOption({ label: "mnkr (en decimal)" });
    // the select shows the unit of the engine's settled settings: it stays only once the worker answered
    await until(async () => (await unit.evaluate((el: HTMLSelectElement) => el.value)) === "mkr");
    expect(workers.filter((w) => !w.ended)).toHaveLength(1);
  });

  it("logged no error", () => {
    expect(problems).toEqual([]);
  });
});
