// The old webviews Office still uses (Internet Explorer 11's Trident, the old Edge's EdgeHTML) cannot parse the
// pane's bundle: without the guard the pane stays blank. Chromium cannot be those engines, but it can carry
// their user agent, which is all the guard looks at: the page must then show the guard's Swedish message, and
// in a current engine nothing of it. Served from the development build (`webpack --mode development`), whose
// task pane loads the npm copy of office.js from the same address: no network needed.
import type { Browser, Page } from "playwright-core";
import { BUILT, launchChromium } from "./browser";
import { serveFolder } from "./static-server";

const USER_AGENTS = {
  "Internet Explorer 11":
    "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko",
  "EdgeHTML 18":
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; WebView/3.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041",
};
const WEBVIEW2 =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0";

const HEADING = "Budgetrapport kan inte köras i den här versionen av Excel";
/** What the pane says outside Excel (TEXTS.errors.notExcel): the page's own code ran. */
const NOT_EXCEL = "Budgetrapport är ett tillägg för Excel.";

let browser: Browser;
let server: Awaited<ReturnType<typeof serveFolder>>;

/** The task pane in a fresh context with this user agent (undefined: Chromium's own), and what it requested. */
async function openPane(userAgent: string | undefined): Promise<{ page: Page; requests: string[] }> {
  const context = await browser.newContext({ locale: "sv-SE", ...(userAgent ? { userAgent } : {}) });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(`${server.url}/taskpane.html`);
  return { page, requests };
}

beforeAll(async () => {
  server = await serveFolder(BUILT);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the task pane's guard against old webviews", () => {
  it.each(Object.entries(USER_AGENTS))(
    "with the user agent of %s shows the Swedish message instead of a blank pane",
    async (_engine, userAgent) => {
      const { page, requests } = await openPane(userAgent);
      const message = page.getByRole("alert");
      await message.getByRole("heading", { name: HEADING }).waitFor({ state: "visible" });
      const text = (await message.innerText()).replace(/\s+/g, " ");
      expect(text).toContain("Microsoft 365, Office 2021 eller senare, eller Excel på webben");
      expect(text).toMatch(/Säg till IT: .*WebView2/);
      expect(text).toContain("Office 2016 och Office 2019 har inte längre support");
      // The guard ran first: its script is the page's first, and the bundle (which does parse in Chromium,
      // unlike in those engines) started and rendered into the hidden root, never over the message.
      expect(await page.locator("script[src]").first().getAttribute("src")).toBe("guard.js");
      await page.locator("#root").getByText(NOT_EXCEL).waitFor({ state: "attached" });
      expect(await page.locator("#root").isVisible()).toBe(false);
      expect(await message.isVisible()).toBe(true);
      expect(requests.filter((u) => !u.startsWith(server.url))).toEqual([]);
      await page.context().close();
    },
  );

  it.each([
    ["Chromium's own user agent", undefined],
    ["WebView2's (Edg/, not Edge/)", WEBVIEW2],
  ])("with %s shows nothing of the guard and runs the pane", async (_name, userAgent) => {
    const { page } = await openPane(userAgent);
    await page.getByText(NOT_EXCEL).waitFor({ state: "visible" });
    expect(await page.getByRole("alert").filter({ hasText: HEADING }).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.className)).toBe("");
    await page.context().close();
  });
});
