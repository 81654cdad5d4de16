// Sets up a fresh clone before `npm start` and `npm test`, with Node's built-ins only:
// - installs the npm packages when node_modules is missing or older than the lock file;
// - installs the Debian packages the tests use (LibreOffice to recalculate and render the report,
//   poppler to turn its PDF into pictures) with apt when running as root, else says what to install.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const lock = join(root, "package-lock.json");
const installed = join(root, "node_modules", ".package-lock.json");
const forTests = process.argv.includes("--tests");

const DEBIAN_PACKAGES = [
  { command: "soffice", pkg: "libreoffice-calc-nogui", why: "räkna om och rendera rapporten" },
  // Calc alone cannot open a .docx: the tjänsteskrivelse is printed by Writer.
  {
    file: "/usr/lib/libreoffice/program/libswlo.so",
    pkg: "libreoffice-writer-nogui",
    why: "skriva ut tjänsteskrivelsen",
  },
  // Calibri's metrics: without it LibreOffice sets the document in a wider font, and the pictures lie.
  {
    file: "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    pkg: "fonts-crosextra-carlito",
    why: "sätta tjänsteskrivelsen i Calibris mått",
  },
  { command: "pdftoppm", pkg: "poppler-utils", why: "göra bilder av rapporten" },
  { command: "chromium", pkg: "chromium", why: "testa åtgärdsfönstret i en riktig webbläsare" },
];

function needsInstall() {
  if (!existsSync(installed)) return true;
  return statSync(lock).mtimeMs > statSync(installed).mtimeMs;
}

function has(command) {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

if (needsInstall()) {
  console.log("Budgetrapport: installerar npm-paketen (npm ci) …");
  execFileSync(process.platform === "win32" ? "npm.cmd" : "npm", ["ci", "--no-audit", "--no-fund"], {
    cwd: root,
    stdio: "inherit",
  });
}

if (forTests) {
  const missing = DEBIAN_PACKAGES.filter((p) => (p.file ? !existsSync(p.file) : !has(p.command)));
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (missing.length > 0 && isRoot && has("apt-get")) {
    const names = missing.map((p) => p.pkg);
    console.log(`Budgetrapport: installerar ${names.join(", ")} med apt-get (för testerna) …`);
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update", "-q"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "-q", ...names], { stdio: "inherit", env });
  } else if (missing.length > 0) {
    console.error("Budgetrapport: testerna behöver program som saknas:");
    for (const p of missing)
      console.error(
        `  ${p.command ?? p.file} (Debian/Ubuntu: sudo apt-get install ${p.pkg}) – för att ${p.why}`,
      );
    process.exit(1);
  }
}
