import { join } from "node:path";
import type { Browser } from "playwright-core";
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
