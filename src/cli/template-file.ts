import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { issue } from "../core/messages";
import type { Issue } from "../core/model/issue";
import type { SettingsOverride } from "../core/settings/validate-settings";
import type { WordTemplate } from "../io/docx/fill-template";
import { readTemplate } from "../io/docx/fill-template";

/**
 * The Word template's path, when the settings name one: relative to the --config file that names it
 * (the file travels with its template), or to the working directory when the workbook's saved choices
 * do. The --config file's `document` replaces the saved one whole, as every setting does.
 */
export function templatePathOf(
  config: SettingsOverride | undefined,
  configPath: string | undefined,
  saved: SettingsOverride,
): string | undefined {
  if (config?.document && configPath) {
    const path = config.document.template;
    return path === undefined ? undefined : resolve(dirname(resolve(configPath)), path);
  }
  const path = saved.document?.template;
  return path === undefined ? undefined : resolve(path);
}

/** The template read and checked, or the issues that stop the run (before any figure is computed). */
export async function readTemplateFile(path: string): Promise<{ template?: WordTemplate; issues: Issue[] }> {
  if (!existsSync(path) || !statSync(path).isFile()) return { issues: [issue("template-missing", { path })] };
  const read = await readTemplate(new Uint8Array(readFileSync(path)));
  return read.ok ? { template: read.template, issues: [] } : { issues: read.issues };
}
