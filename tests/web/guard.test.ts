// The guard is the one script the old webviews (Internet Explorer 11's Trident, the old Edge's EdgeHTML) must
// be able to run: ES5 only, and it must tell them from the engines that run the pane (Chromium's WebView2 and
// Edge, Safari's WKWebView on the Mac, any current browser for Excel på webben).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { parse } from "acorn";

const code = readFileSync(join(__dirname, "..", "..", "src", "web", "guard.js"), "utf8");

/** Runs the guard as a page would, and returns the class it left on <html>. */
function classAfterGuard(userAgent: string): string {
  const documentElement = { className: "" };
  runInNewContext(code, { navigator: { userAgent }, document: { documentElement } });
  return documentElement.className.trim();
}

const REFUSED = {
  "Internet Explorer 11 (Office 2019 volume-licensed)":
    "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko",
  "Internet Explorer 11 on Windows 7": "Mozilla/5.0 (Windows NT 6.1; Trident/7.0; rv:11.0) like Gecko",
  "EdgeHTML 18 webview (Microsoft 365 16.0.11629–13530)":
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; WebView/3.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041",
  "Edge Legacy 17 browser":
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/64.0.3282.140 Safari/537.36 Edge/17.17134",
};

const WELCOME = {
  "WebView2 (current Microsoft 365)":
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
  "Chromium Edge on Android":
    "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36 EdgA/131.0.0.0",
  "WKWebView (Excel for Mac)":
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)",
  Chrome:
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
  Firefox: "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
  Safari:
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
};

describe("src/web/guard.js", () => {
  test("is ES5: it parses in Internet Explorer 11", () => {
    expect(() => parse(code, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
    // The check itself must be able to fail: the pane's own syntax does not parse as ES5.
    expect(() => parse("var a = b?.c ?? 1;", { ecmaVersion: 5 })).toThrow();
    expect(() => parse("f(a,\n b,\n);", { ecmaVersion: 5 })).toThrow();
  });

  test.each(Object.entries(REFUSED))("marks the page in %s", (_name, userAgent) => {
    expect(classAfterGuard(userAgent)).toBe("old-webview");
  });

  test.each(Object.entries(WELCOME))("leaves the page alone in %s", (_name, userAgent) => {
    expect(classAfterGuard(userAgent)).toBe("");
  });

  test("keeps the classes <html> already has", () => {
    const documentElement = { className: "theme" };
    runInNewContext(code, {
      navigator: { userAgent: REFUSED["Internet Explorer 11 on Windows 7"] },
      document: { documentElement },
    });
    expect(documentElement.className.split(" ")).toEqual(["theme", "old-webview"]);
  });
});
