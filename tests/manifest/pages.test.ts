// The pages the manifest points at promise that no data leaves the workbook; their content security policy is
// what makes the browser keep that promise. The task pane loads office.js from the Office CDN in production (or a
// mirror of it), which the policy must allow and nothing else. These checks render the pages as the build does,
// from the options webpack.config.js gives html-webpack-plugin, and keep the policy strict.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type HtmlWebpackPlugin from "html-webpack-plugin";
import type { Configuration } from "webpack";
import { OFFICE_JS_CDN, contentSecurityPolicy, parseOfficeJsUrl } from "../../scripts/addin-build";

// The development server's https settings would make a certificate in the home directory: not for a test.
jest.mock("../../scripts/dev-https.js", () => ({
  devHttpsServer: () => ({ server: "https", description: "" }),
}));

const root = join(__dirname, "..", "..");
const CDN_FOLDER = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const MIRROR = "https://intern.kommun.example/office-js/lib/1/hosted/office.js";

type WebpackConfig = (env: Record<string, unknown>, argv: { mode: string }) => Configuration;
type Build = { mode: "production" | "development"; serve?: boolean; officeJsUrl?: string };
type RenderTemplate = (source: string, options: { interpolate: RegExp }) => (data: object) => string;

/** webpack.config.js's configuration for a build, with OFFICE_JS_URL set as given (and nothing else). */
function configFor(build: Build): Configuration {
  const before = process.env.OFFICE_JS_URL;
  if (build.officeJsUrl === undefined) delete process.env.OFFICE_JS_URL;
  else process.env.OFFICE_JS_URL = build.officeJsUrl;
  try {
    const config = jest.requireActual<WebpackConfig>("../../webpack.config.js");
    return config(build.serve ? { WEBPACK_SERVE: true } : {}, { mode: build.mode });
  } finally {
    if (before === undefined) delete process.env.OFFICE_JS_URL;
    else process.env.OFFICE_JS_URL = before;
  }
}

/** A page of that build as html-webpack-plugin renders src/web/page.html (before it adds the bundles). */
function renderPage(build: Build, filename: string): string {
  const plugin = (configFor(build).plugins ?? []).find(
    (p): p is HtmlWebpackPlugin =>
      p?.constructor.name === "HtmlWebpackPlugin" &&
      (p as HtmlWebpackPlugin).userOptions.filename === filename,
  );
  if (!plugin) throw new Error(`the build makes no ${filename}`);
  const template = readFileSync(join(root, String(plugin.userOptions.template)), "utf8");
  // html-webpack-plugin's own template engine, with the interpolation its loader sets.
  const render = jest.requireActual<RenderTemplate>("lodash/template");
  return render(template, { interpolate: /<%=([\s\S]+?)%>/g })({
    htmlWebpackPlugin: { options: plugin.userOptions },
  });
}

/** What the build copies into dist/addin, by source. */
function copiedFrom(build: Build): string[] {
  const copy = (configFor(build).plugins ?? []).find((p) => p?.constructor.name === "CopyPlugin") as
    { patterns: { from: string; context?: string }[] } | undefined;
  return (copy?.patterns ?? []).map((p) => (p.context ? join(p.context, p.from) : p.from));
}

/** The directives of the page's Content-Security-Policy meta element, by name. */
function policyOf(html: string): Map<string, string[]> {
  const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/g)];
  expect(metas).toHaveLength(1);
  const content = metas[0]?.[1] ?? "";
  return new Map(
    content
      .split(";")
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0] !== "")
      .map(([name = "", ...sources]) => [name, sources]),
  );
}

/** The src of every script element, in document order. */
function scriptsOf(html: string): string[] {
  return [...html.replace(/<!--[\s\S]*?-->/g, "").matchAll(/<script\b[^>]*\bsrc="([^"]*)"/g)].map(
    (m) => m[1] ?? "",
  );
}

const PAGES: [string, () => string, string | null][] = [
  ["the production task pane", () => renderPage({ mode: "production" }, "taskpane.html"), CDN_FOLDER],
  [
    "the production task pane with a mirror",
    () => renderPage({ mode: "production", officeJsUrl: MIRROR }, "taskpane.html"),
    MIRROR.replace(/office\.js$/, ""),
  ],
  [
    "the development server's task pane",
    () => renderPage({ mode: "development", serve: true }, "taskpane.html"),
    CDN_FOLDER,
  ],
  ["the development build's task pane", () => renderPage({ mode: "development" }, "taskpane.html"), null],
  ["the production harness", () => renderPage({ mode: "production" }, "harness.html"), null],
  ["support.html", () => readFileSync(join(root, "src/web/support.html"), "utf8"), null],
];

describe.each(PAGES)("%s", (_name, page, officeJsFolder) => {
  const html = page();
  const policy = policyOf(html);

  test("allows nothing by default but the add-in's own address", () => {
    expect(["'self'", "'none'"]).toContain(policy.get("default-src")?.join(" "));
  });

  test("names no other host, scheme or wildcard but office.js's folder, and that only for scripts and its trust prompt", () => {
    const allowed = new Set(["'self'", "'none'", "'unsafe-inline'", "data:"]);
    for (const [directive, sources] of policy) {
      for (const source of sources) {
        const ok =
          allowed.has(source) ||
          (source === officeJsFolder && ["script-src", "frame-src"].includes(directive));
        expect({ directive, source, ok }).toMatchObject({ ok: true });
      }
    }
    // data: only for images; inline only for styles (Fluent UI inserts its rules at run time).
    for (const [directive, sources] of policy) {
      if (sources.includes("data:")) expect(directive).toBe("img-src");
      if (sources.includes("'unsafe-inline'")) expect(directive).toBe("style-src");
    }
    if (officeJsFolder) {
      expect(policy.get("script-src")).toEqual(["'self'", officeJsFolder]);
      // The folder, not the host: nothing else on appsforoffice.microsoft.com (or the mirror's host) may run.
      expect(officeJsFolder).toMatch(/^https:\/\/[^/]+\/.+\/$/);
    }
  });

  test("runs no inline script and no eval, and posts no form anywhere", () => {
    const scripts = policy.get("script-src") ?? policy.get("default-src") ?? [];
    expect(scripts.some((source) => source.startsWith("'unsafe"))).toBe(false);
    expect(policy.get("form-action")).toEqual(["'none'"]);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  test("refers to no other host, but for office.js from its folder", () => {
    const withoutComments = html.replace(/<!--[\s\S]*?-->/g, "");
    const elsewhere = [...withoutComments.matchAll(/(src|href)\s*=\s*"((https?:)?\/\/[^"]*)"/g)].map(
      (m) => m[2],
    );
    expect(elsewhere).toEqual(officeJsFolder ? [`${officeJsFolder}office.js`] : []);
  });
});

describe("the task pane's first scripts", () => {
  test("in production: the guard, then office.js from the Office CDN", () => {
    expect(OFFICE_JS_CDN).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(scriptsOf(renderPage({ mode: "production" }, "taskpane.html"))).toEqual([
      "guard.js",
      OFFICE_JS_CDN,
    ]);
  });

  test("with OFFICE_JS_URL: the guard, then office.js from the mirror, and the CDN is not allowed", () => {
    const html = renderPage({ mode: "production", officeJsUrl: MIRROR }, "taskpane.html");
    expect(scriptsOf(html)).toEqual(["guard.js", MIRROR]);
    expect(html).not.toContain("appsforoffice.microsoft.com");
  });

  test("in the development build the offline tests serve: the guard, then the npm copy from the add-in's address", () => {
    expect(scriptsOf(renderPage({ mode: "development" }, "taskpane.html"))).toEqual([
      "guard.js",
      expect.stringMatching(/^office-js\/[\d.]+\/office\.js$/),
    ]);
  });

  test("the harness loads neither: it talks to the emulator", () => {
    expect(scriptsOf(renderPage({ mode: "production" }, "harness.html"))).toEqual([]);
  });

  test("shows, when the guard marks the page, a Swedish message naming the Excel needed and what to tell IT", () => {
    const html = renderPage({ mode: "production" }, "taskpane.html");
    const message = (/<div id="old-webview"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? "").replace(
      /\s+/g,
      " ",
    );
    for (const needed of [
      "Microsoft 365",
      "Office 2021 eller senare",
      "Excel på webben",
      "IT",
      "WebView2",
      "Office 2016",
      "Office 2019",
    ])
      expect(message).toContain(needed);
    // Hidden until the guard adds its class; then the pane's root is hidden instead.
    expect(html).toMatch(/#old-webview\s*{[^}]*display:\s*none/);
    expect(html).toMatch(/\.old-webview #old-webview\s*{\s*display:\s*block/);
    expect(html).toMatch(/\.old-webview #root\s*{\s*display:\s*none/);
  });
});

describe("the office.js files the build copies", () => {
  const npmCopy = (files: string[]) => files.filter((f) => f.includes(join("@microsoft", "office-js")));

  test("production and the development server copy none: Excel gets the CDN's complete, current set", () => {
    expect(npmCopy(copiedFrom({ mode: "production" }))).toEqual([]);
    expect(npmCopy(copiedFrom({ mode: "development", serve: true }))).toEqual([]);
  });

  test("the development build copies the npm package's office.js for the offline tests", () => {
    expect(npmCopy(copiedFrom({ mode: "development" }))).toContain(
      join(root, "node_modules", "@microsoft", "office-js", "dist", "office.js"),
    );
  });

  test("every build copies the guard", () => {
    for (const build of [{ mode: "production" }, { mode: "development" }] as const)
      expect(copiedFrom(build)).toContain("src/web/guard.js");
  });
});

describe("OFFICE_JS_URL", () => {
  test("takes the https address of office.js in a mirror, and nothing else", () => {
    expect(parseOfficeJsUrl(MIRROR)).toBe(MIRROR);
    expect(() => parseOfficeJsUrl("http://intern.kommun.example/office.js")).toThrow(/https/);
    expect(() => parseOfficeJsUrl("https://intern.kommun.example/office-js/")).toThrow(/office\.js/);
    expect(() => parseOfficeJsUrl("https://intern.kommun.example/office.js?v=1")).toThrow(/\?/);
    expect(() => parseOfficeJsUrl("office.js")).toThrow(/OFFICE_JS_URL/);
  });

  test("a page without office.js allows scripts from its own address only", () => {
    expect(contentSecurityPolicy(null)).toContain("script-src 'self';");
  });
});
