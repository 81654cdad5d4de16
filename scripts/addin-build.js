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

/**
 * Where the npm package's frozen copy of office.js goes in a development build. Only the offline tests use it:
 * Microsoft no longer supports the package, and "Referencing the Office JavaScript API library" calls local
 * copies fit for development and debugging only (a host newer than the copy gets no `Office.onReady`).
 */
const OFFICE_JS_DIR = `office-js/${OFFICE_JS_VERSION}`;

/** office.js from the Office CDN, as Microsoft's documentation says to load it in production. */
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * The pages: one webpack entry and one HTML file each. `officeJs`: whether the page loads office.js (outside
 * Office, `Office.onReady` resolves with `host: null`). `guard`: whether src/web/guard.js, which refuses the
 * old Internet Explorer and Edge webviews with a message, is the page's first script.
 */
const PAGES = [
  {
    name: "taskpane",
    entry: "./src/taskpane/index.tsx",
    title: "Budgetrapport",
    officeJs: true,
    guard: true,
  },
  {
    name: "harness",
    entry: "./src/harness/index.tsx",
    title: "Budgetrapport – provbänk (harness)",
    // The harness talks to the emulator, not Office: without office.js it makes no request at all. It is a
    // developer's tool, opened in a current browser: no guard.
    officeJs: false,
    guard: false,
  },
];

/** The guard script's file in the output, named by the page that loads it. */
const GUARD_FILE = "guard.js";

/** Files copied as they are: `from` relative to the repository, `to` relative to the output. */
const STATIC_FILES = [
  ...[16, 32, 64, 80, 128].map((size) => ({
    from: `assets/icon-${size}.png`,
    to: `assets/icon-${size}.png`,
  })),
  { from: "src/web/support.html", to: "support.html" },
  // ES5 on purpose, and not bundled: it must parse in the webviews it refuses (see src/web/guard.js).
  { from: "src/web/guard.js", to: GUARD_FILE },
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
  ];
}

/**
 * office.js's address from `OFFICE_JS_URL` (a mirror of the CDN folder for networks that cannot reach
 * Microsoft's): https, the file office.js itself (office.js finds the files it loads next to it by that name),
 * no query or fragment. Throws with a message in Swedish and English when it is not usable.
 */
function parseOfficeJsUrl(value) {
  const problem = (why) =>
    new Error(
      `OFFICE_JS_URL=${JSON.stringify(value)}: ${why}. Ange adressen till office.js i en spegel av ` +
        `Office-CDN:ens mapp, t.ex. OFFICE_JS_URL=https://intern.example.org/office-js/lib/1/hosted/office.js ` +
        `(give the https address of office.js in a complete mirror of ${OFFICE_JS_CDN.replace(/office\.js$/, "")}).`,
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
  if (!url.pathname.endsWith("/office.js")) throw problem("måste sluta på /office.js (must name office.js)");
  return url.href;
}

/**
 * Where a build's pages load office.js from: `OFFICE_JS_URL` when given; else the Office CDN for what Excel
 * opens (the production build and the development server, which is what a developer sideloads); else, in a
 * development build (`webpack --mode development`, what the offline end-to-end tests serve), the npm copy.
 * `local` says whether the build must copy the npm files.
 */
function officeJsSource({ production, serve, env }) {
  const given = env.OFFICE_JS_URL;
  if (given !== undefined && given !== "") return { url: parseOfficeJsUrl(given), local: false };
  if (production || serve) return { url: OFFICE_JS_CDN, local: false };
  return { url: `${OFFICE_JS_DIR}/office.js`, local: true };
}

/**
 * The content security policy of an add-in page that loads office.js from `officeJsUrl` (null: no office.js).
 * Budgetrapport sends nothing anywhere: every directive allows the add-in's own address and nothing else,
 * except office.js's folder when it comes from the CDN or a mirror on another host. The path ends the source
 * at that folder, so not even the rest of that host is allowed.
 */
function contentSecurityPolicy(officeJsUrl) {
  const officeJsFolder =
    officeJsUrl !== null && /^https:\/\//.test(officeJsUrl) ? officeJsUrl.replace(/[^/]*$/, "") : null;
  const directives = [
    ["default-src", "'self'"],
    // office.js, and the files it loads from its own folder at run time: the host's file
    // (excel-win32-16.01.js, excel-web-16.00.js …), its strings per language, telemetry/oteljs_agave.js.
    ["script-src", "'self'", ...(officeJsFolder ? [officeJsFolder] : [])],
    // Fluent UI inserts its CSS rules at run time: without 'unsafe-inline' Chromium blocks them and the pane
    // is unstyled. Inline styles cannot run code.
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:"],
    ["font-src", "'self'"],
    // office.js's own telemetry talks to its host; the direct Aria upload it keeps for old Office builds is
    // refused here, like any other request elsewhere.
    ["connect-src", "'self'"],
    // The trust prompt office.js frames from its folder (AgaveErrorUX/index.html) when the web host is not
    // one it knows, such as Office Online Server. The pane itself has no frames.
    ["frame-src", officeJsFolder ?? "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'none'"],
  ];
  return directives.map((parts) => parts.join(" ")).join("; ");
}

/** What page.html is rendered with for one page: its title, first scripts and content security policy. */
function pageOptions(page, officeJsUrl) {
  const officeJs = page.officeJs ? officeJsUrl : null;
  return {
    title: page.title,
    guard: page.guard ? GUARD_FILE : null,
    officeJs,
    csp: contentSecurityPolicy(officeJs),
  };
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
  OFFICE_JS_CDN,
  PAGES,
  GUARD_FILE,
  STATIC_FILES,
  builtFiles,
  parseAddinUrl,
  parseOfficeJsUrl,
  officeJsSource,
  contentSecurityPolicy,
  pageOptions,
  manifestUrls,
  productionManifest,
  builtFileForUrl,
  ManifestUrlCheckPlugin,
};
