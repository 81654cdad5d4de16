import { join } from "node:path";
import { USAGE, parseArgs } from "./args";
import { generate } from "./generate";
import { describeFailure } from "./failure";
import type { Console } from "./print";

const ROOT = join(__dirname, "..", "..");

export const EXAMPLE = {
  workbook: join(ROOT, "assets", "exempel-socialnamnden-2024-04.xlsx"),
  out: join("out", "exempel-rapport.xlsx"),
  json: join("out", "exempel-resultat.json"),
  docx: join("out", "exempel-tjansteskrivelse.docx"),
};

const stdio: Console = {
  log: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** The exit code when something fails that is no problem in the input: a file that cannot be written, or a bug. */
export const EXIT_UNEXPECTED = 70;

/** The command line: returns the exit code (0 report, 1 input errors, 2 usage, 70 unexpected). */
export async function main(
  argv: readonly string[],
  out: Console = stdio,
  now: Date = new Date(),
): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    out.err(`budgetrapport: ${parsed.message}\n\n${USAGE}`);
    return 2;
  }
  try {
    switch (parsed.value.command) {
      case "help":
        out.log(USAGE);
        return 0;
      case "example":
        return (await generate({ command: "generate", ...EXAMPLE }, out, now)).code;
      case "generate":
        return (await generate(parsed.value, out, now)).code;
    }
  } catch (e) {
    // Bad input never lands here (it is an issue); this is the disk failing, or a bug. Say which, plainly.
    out.err(`budgetrapport: ${describeFailure(e)}`);
    return EXIT_UNEXPECTED;
  }
}
