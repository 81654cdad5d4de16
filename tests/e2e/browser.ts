import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { chromium } from "playwright-core";

/** The add-in as the development build writes it, which the end-to-end tests serve. */
export const BUILT = join(__dirname, "..", "..", "dist", "addin");

/** The launch that works with Debian's Chromium on these machines (see the toolchain notes). */
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

/**
 * A page on the harness (served at `url`) with the example workbook read: the pane says "Inga fel i
 * underlaget.". Page errors and console errors go to `problems`, which every test file checks is empty;
 * `watch` listens before the page loads (its requests, say).
 */
export async function openHarness(
  context: BrowserContext,
  url: string,
  problems: string[],
  watch?: (page: Page) => void,
): Promise<Page> {
  const page = await context.newPage();
  watch?.(page);
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  await page.goto(`${url}/harness.html`);
  await page.getByLabel("Åtgärdsfönstret").getByText("Inga fel i underlaget.").waitFor();
  return page;
}
