#!/usr/bin/env node
// The command line's entry: builds the TypeScript on demand (first run, or after a change under src/),
// then runs it. Works right after `npm ci`.
"use strict";
const { execFileSync } = require("node:child_process");
const { existsSync, readdirSync, statSync } = require("node:fs");
const { join } = require("node:path");

const root = join(__dirname, "..");
const entry = join(root, "dist", "cli", "main.js");

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function ensureBuilt() {
  const src = join(root, "src");
  if (!existsSync(src)) return;
  if (existsSync(entry) && statSync(entry).mtimeMs >= newestSource(src)) return;
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  if (!existsSync(tsc)) {
    process.stderr.write(
      "Budgetrapport är inte installerat: kör `npm ci` (eller `npm start`) i projektets mapp först.\n",
    );
    process.exit(2);
  }
  execFileSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json")], {
    cwd: root,
    stdio: "inherit",
  });
}

ensureBuilt();
require(entry)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
