import type { Issue } from "../core/model/issue";
import type { TemplateCheck, WordTemplate } from "../io/docx/fill-template";
import type { Failure } from "./pane-state";
import { logFailure } from "./pane-state";

/** The municipality's Word template chosen in the pane, by its file's name. */
export type ChosenTemplate = { fileName: string; template: WordTemplate };

/** What became of the file the user chose. */
export type TemplateChoice =
  | { state: "none" }
  | { state: "reading"; fileName: string }
  | { state: "chosen"; chosen: ChosenTemplate }
  /** not a template we can fill: the issues say why, in Swedish */
  | { state: "refused"; fileName: string; issues: Issue[] }
  | { state: "failed"; failure: Failure };

/** How the pane reads a template: the reader is loaded with the docx library, on demand. */
export type TemplatePort = { read: (bytes: Uint8Array) => Promise<TemplateCheck> };

/**
 * The template lasts for the pane's session: a new report (the document section made again) keeps
 * it; closing the pane or reloading it forgets it. A web page cannot keep a file's path, and a copy in
 * the workbook would travel with every copy of it.
 */
let session: ChosenTemplate | undefined;

export function sessionTemplate(): TemplateChoice {
  return session ? { state: "chosen", chosen: session } : { state: "none" };
}

export function forgetTemplate(): TemplateChoice {
  session = undefined;
  return { state: "none" };
}

/** Reads and checks the chosen file; a template that can be filled is kept for the session. */
export async function chooseTemplate(
  file: { name: string; arrayBuffer: () => Promise<ArrayBuffer> },
  port: TemplatePort,
): Promise<TemplateChoice> {
  try {
    const check = await port.read(new Uint8Array(await file.arrayBuffer()));
    if (!check.ok) {
      session = undefined;
      return { state: "refused", fileName: file.name, issues: check.issues };
    }
    session = { fileName: file.name, template: check.template };
    return { state: "chosen", chosen: session };
  } catch (e) {
    session = undefined;
    return { state: "failed", failure: logFailure(e) };
  }
}

/** The pane's reader: the template code comes with the docx library, not with the pane's first load. */
export function browserTemplates(): TemplatePort {
  return {
    read: async (bytes) => {
      const { readTemplate } = await import(/* webpackChunkName: "docx" */ "../io/docx/fill-template");
      return readTemplate(bytes);
    },
  };
}
