// The pages the manifest points at promise that no data leaves the workbook; their content security policy is
// what makes the browser keep that promise. These checks keep the policy strict.
import { readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "..", "..");
const PAGES = ["src/web/page.html", "src/web/support.html"];

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

describe.each(PAGES)("%s", (page) => {
  const html = readFileSync(join(root, page), "utf8");
  const policy = policyOf(html);

  test("allows nothing by default but the add-in's own address", () => {
    expect(["'self'", "'none'"]).toContain(policy.get("default-src")?.join(" "));
  });

  test("names no other host, scheme or wildcard anywhere in the policy", () => {
    const allowed = new Set(["'self'", "'none'", "'unsafe-inline'", "data:"]);
    for (const [directive, sources] of policy) {
      for (const source of sources)
        expect({ directive, source, allowed: allowed.has(source) }).toMatchObject({ allowed: true });
    }
    // data: only for images; inline only for styles (Fluent UI inserts its rules at run time).
    for (const [directive, sources] of policy) {
      if (sources.includes("data:")) expect(directive).toBe("img-src");
      if (sources.includes("'unsafe-inline'")) expect(directive).toBe("style-src");
    }
  });

  test("runs no inline script and no eval, and posts no form anywhere", () => {
    const scripts = policy.get("script-src") ?? policy.get("default-src") ?? [];
    expect(scripts.some((source) => source.startsWith("'unsafe"))).toBe(false);
    expect(policy.get("form-action")).toEqual(["'none'"]);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  test("refers to no other host", () => {
    const withoutComments = html.replace(/<!--[\s\S]*?-->/g, "");
    expect(withoutComments).not.toMatch(/(src|href)\s*=\s*"(https?:)?\/\//);
  });
});
