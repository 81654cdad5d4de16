// Measures what each add-in page loads first: the scripts its HTML names (gzip level 9), after `npm run build`.
// Run: npm run build && node scripts/bundle-size.mjs
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const dir = join(import.meta.dirname, "..", "dist", "addin");
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
for (const page of readdirSync(dir).filter((f) => f.endsWith(".html") && f !== "support.html")) {
  const html = readFileSync(join(dir, page), "utf8");
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1]);
  let raw = 0;
  let gz = 0;
  const rows = scripts.map((src) => {
    // office.js from Microsoft's CDN (or a mirror) is not ours to measure: named, not counted
    if (/^https?:/.test(src)) return `  ${src}: from its own host, not counted`;
    const bytes = readFileSync(join(dir, src.replace(/^\//, "")));
    const g = gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length;
    gz += g;
    return `  ${src}: ${kb(bytes.length)} (${kb(g)} gzip)`;
  });
  console.log(`${page}: first load ${kb(raw)}, ${kb(gz)} gzip`);
  console.log(rows.join("\n"));
}
