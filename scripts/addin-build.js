// What the add-in's build produces and how its manifest is made for production: shared by webpack.config.js
// and the offline manifest tests (tests/manifest), so both speak of the same files.
"use strict";
const { join } = require("node:path");

const root = join(__dirname, "..");

/** The development server's address: the manifest in the repository points here. */
const DEV_URL = "https://localhost:3000";

/** Where `npm run build` writes the add-in (the command line's build owns dist/cli, dist/core, dist/io). */
const OUTPUT_DIR = join(root, "dist", "addin");

const OFFICE_JS_VERSION = require("@microsoft/office-js/package.json").version;

/** office.js and the files it loads at run time, served from the add-in's own address (no CDN). */
const OFFICE_JS_DIR = `office-js/${OFFICE_JS_VERSION}`;

/**
 * The pages: one webpack entry and one HTML file each. `officeJs`: whether the page loads office.js (outside
 * Office, `Office.onReady` resolves with `host: null`).
 */
const PAGES = [
  { name: "taskpane", entry: "./src/taskpane/index.tsx", title: "Budgetrapport", officeJs: true },
  {
    name: "harness",
    entry: "./src/harness/index.tsx",
    title: "Budgetrapport – provbänk (harness)",
    // The harness talks to the emulator, not Office: without office.js it makes no request at all.
    officeJs: false,
  },
];

/** Files copied as they are: `from` relative to the repository, `to` relative to the output. */
const STATIC_FILES = [
  ...[16, 32, 64, 80, 128].map((size) => ({
    from: `assets/icon-${size}.png`,
    to: `assets/icon-${size}.png`,
  })),
  { from: "src/web/support.html", to: "support.html" },
  // The harness opens the bundled example workbook.
  {
    from: "assets/exempel-socialnamnden-2024-04.xlsx",
    to: "assets/exempel-socialnamnden-2024-04.xlsx",
  },
];

/** Every file of the build that a URL may name (not counting scripts, whose names carry a content hash). */
function builtFiles() {
  return [
    ...PAGES.map((page) => `${page.name}.html`),
    ...STATIC_FILES.map((file) => file.to),
    "manifest.xml",
    `${OFFICE_JS_DIR}/office.js`,
  ];
}

/**
 * The add-in's production address from `ADDIN_URL`: https, no query or fragment, no trailing slash. Throws with
 * a message in Swedish and English when it is not usable.
 */
function parseAddinUrl(value) {
  const problem = (why) =>
    new Error(
      `ADDIN_URL=${JSON.stringify(value)}: ${why}. Ange adressen där de byggda filerna ligger, t.ex. ` +
        `ADDIN_URL=https://example.org/budgetrapport (give the https address the built files are served from).`,
    );
  let url;
  try {
    url = new URL(value);
  } catch {
    throw problem("ingen giltig adress (not a valid URL)");
  }
  if (url.protocol !== "https:") throw problem("måste börja med https:// (Office requires https)");
  if (url.search || url.hash) throw problem("får inte ha ? eller # (no query or fragment)");
  if (url.username || url.password) throw problem("får inte innehålla inloggning (no credentials)");
  return url.href.replace(/\/+$/, "");
}

/**
 * Every http(s) URL in the manifest, in order (attribute values and element text alike), leaving out comments
 * and namespace names (xmlns="http://schemas.microsoft.com/…" names a namespace, not a file).
 */
function manifestUrls(xml) {
  const text = xml.replace(/<!--[\s\S]*?-->/g, "").replace(/\sxmlns(:[^\s=]+)?\s*=\s*("[^"]*"|'[^']*')/g, "");
  return [...text.matchAll(/https?:\/\/[^"'<>\s]+/g)].map((match) => match[0]);
}

/** The manifest for production: every development URL replaced by `addinUrl`; throws if one is left. */
function productionManifest(xml, addinUrl) {
  const result = xml.split(DEV_URL).join(addinUrl);
  const left = manifestUrls(result).filter((url) => /^https?:\/\/(localhost|127\.0\.0\.1)([:/]|$)/.test(url));
  if (left.length > 0)
    throw new Error(`manifest.xml: development URLs left after replacement: ${left.join(", ")}`);
  return result;
}

/** The output file a URL of the add-in names (`https://…/assets/icon-16.png` → `assets/icon-16.png`), or null. */
function builtFileForUrl(url, baseUrl) {
  const base = new URL(`${baseUrl}/`);
  let target;
  try {
    target = new URL(url);
  } catch {
    return null;
  }
  if (target.origin !== base.origin || !target.pathname.startsWith(base.pathname)) return null;
  const file = decodeURIComponent(target.pathname.slice(base.pathname.length));
  return file === "" ? null : file;
}

/**
 * Fails the build when a URL of the add-in in the emitted manifest names no emitted file (a renamed icon or
 * page would otherwise show up only when Office loads the manifest).
 */
class ManifestUrlCheckPlugin {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }

  apply(compiler) {
    const { Compilation, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("ManifestUrlCheckPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "ManifestUrlCheckPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const manifest = compilation.getAsset("manifest.xml");
          if (!manifest) {
            compilation.errors.push(new WebpackError("manifest.xml was not emitted"));
            return;
          }
          for (const url of manifestUrls(manifest.source.source().toString())) {
            const file = builtFileForUrl(url, this.baseUrl);
            if (file !== null && !compilation.getAsset(file)) {
              compilation.errors.push(
                new WebpackError(`manifest.xml: ${url} names ${file}, which the build does not emit`),
              );
            }
          }
        },
      );
    });
  }
}

module.exports = {
  DEV_URL,
  OUTPUT_DIR,
  OFFICE_JS_DIR,
  PAGES,
  STATIC_FILES,
  builtFiles,
  parseAddinUrl,
  manifestUrls,
  productionManifest,
  builtFileForUrl,
  ManifestUrlCheckPlugin,
};
