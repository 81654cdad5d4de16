import type { DocumentLayout } from "../core/document/document-layout";
import type { WordTemplate } from "../io/docx/fill-template";
import type { DocumentHtml } from "../io/html/document-html";
import type { Failure } from "./pane-state";
import { logFailure } from "./pane-state";

/**
 * The three ways the tjänsteskrivelse reaches Word from the pane, and what each one says happened. None
 * is reliable everywhere: a task pane's downloads are blocked or silent in some desktop webviews (Excel
 * for Mac's WKWebView, office-js #2700: "by design"), and Excel on the web's frame may refuse the
 * clipboard (office-js #1991, #3480, #2513). So the pane offers all three, and says which one to try next.
 */
export type DocumentStatus =
  | { state: "idle" }
  /** the docx library is loading and the file being made */
  | { state: "preparing" }
  /** handed to the webview as a download; whether it saved it, the pane cannot know */
  | { state: "downloaded"; fileName: string }
  | { state: "download-failed"; failure: Failure }
  | { state: "copied" }
  /** no clipboard for the pane: absent here, or refused (`detail`: the browser's own words) */
  | { state: "copy-refused"; detail: string }
  /** the view's contents are selected, for the user's own Ctrl+C */
  | { state: "selected" };

/** "Delårsrapport per den 30 april med prognos för helår 2024.docx": the title, as a name any system takes. */
export function documentFileName(layout: DocumentLayout): string {
  // control characters, and what Windows forbids in a file name, become spaces
  const name = Array.from(layout.properties.title, (c) => (c < " " ? " " : c))
    .join("")
    .replace(/[\\/:*?"<>|]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[. ]+$/, "");
  return `${name.slice(0, 120) || "Tjänsteskrivelse"}.docx`;
}

/**
 * What the download needs of the browser: the file's bytes (docx, loaded on demand; in the
 * municipality's template when one is chosen) and a way to save.
 */
export type DownloadPort = {
  bytes: (layout: DocumentLayout, template?: WordTemplate) => Promise<Uint8Array>;
  save: (file: Blob, fileName: string) => void;
};

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Makes the .docx and hands it to the webview to save. A failure is logged and said, never dropped. */
export async function downloadDocument(
  layout: DocumentLayout,
  port: DownloadPort,
  template?: WordTemplate,
): Promise<DocumentStatus> {
  try {
    const bytes = await port.bytes(layout, template);
    const fileName = documentFileName(layout);
    // a copy into a buffer of its own: a view's bytes may be part of a larger buffer
    port.save(new Blob([bytes.slice().buffer], { type: DOCX_TYPE }), fileName);
    return { state: "downloaded", fileName };
  } catch (e) {
    return { state: "download-failed", failure: logFailure(e) };
  }
}

/** The parts of the browser a copy uses: the asynchronous clipboard, and the older copy command. */
export type ClipboardPort = {
  /** navigator.clipboard.write with ClipboardItem, when the browser has both */
  write?: (html: string, text: string) => Promise<void>;
  /** document.execCommand("copy") with the copy event's data set: true when the browser copied */
  copyCommand?: (html: string, text: string) => boolean;
};

/**
 * Copies the document as formatted text (text/html, with text/plain beside it). It must be called in the
 * click's handler itself, with the HTML made before: WebKit forgets the click once an `await` (such as
 * a dynamic import) comes between it and the write. When the asynchronous clipboard is missing or
 * refused, the older copy command is tried, which Excel on the web's frame may still allow.
 */
export function copyDocument(doc: DocumentHtml, port: ClipboardPort): Promise<DocumentStatus> {
  const fallback = (detail: string): DocumentStatus => {
    try {
      if (port.copyCommand?.(doc.html, doc.text)) return { state: "copied" };
    } catch (e) {
      // the command's own failure says less than the clipboard's refusal: logged, and the first reason shown
      console.error("Budgetrapport: the copy command failed", e);
    }
    return { state: "copy-refused", detail };
  };
  if (!port.write) return Promise.resolve(fallback("navigator.clipboard.write saknas i den här webbläsaren"));
  let writing: Promise<void>;
  try {
    writing = port.write(doc.html, doc.text);
  } catch (e) {
    return Promise.resolve(fallback(detailOf(e)));
  }
  return writing.then(
    (): DocumentStatus => ({ state: "copied" }),
    (e: unknown) => fallback(detailOf(e)),
  );
}

/** "NotAllowedError: The Clipboard API has been blocked because of a permissions policy …" */
function detailOf(e: unknown): string {
  if (e instanceof Error || e instanceof DOMException) return `${e.name}: ${e.message}`;
  return String(e);
}

/** The browser's clipboard, as the pane uses it (undefined parts: this browser has none). */
export function browserClipboard(): ClipboardPort {
  const clipboard = typeof navigator !== "undefined" ? navigator.clipboard : undefined;
  const canWrite = typeof clipboard?.write === "function" && typeof ClipboardItem !== "undefined";
  return {
    ...(canWrite
      ? {
          write: (html: string, text: string) =>
            clipboard.write([
              new ClipboardItem({
                "text/html": new Blob([html], { type: "text/html" }),
                "text/plain": new Blob([text], { type: "text/plain" }),
              }),
            ]),
        }
      : {}),
    copyCommand: (html: string, text: string) => {
      const onCopy = (event: ClipboardEvent): void => {
        event.clipboardData?.setData("text/html", html);
        event.clipboardData?.setData("text/plain", text);
        event.preventDefault();
      };
      document.addEventListener("copy", onCopy);
      try {
        return document.execCommand("copy");
      } finally {
        document.removeEventListener("copy", onCopy);
      }
    },
  };
}

/** The pane's download: the docx library is loaded on the first click, not with the pane. */
export function browserDownload(): DownloadPort {
  return {
    bytes: async (layout, template) => {
      if (template) {
        const { fillTemplate } = await import(/* webpackChunkName: "docx" */ "../io/docx/fill-template");
        return fillTemplate(template, layout);
      }
      const { docxBytes } = await import(/* webpackChunkName: "docx" */ "../io/docx/render-docx");
      return docxBytes(layout);
    },
    save: browserSave,
  };
}

/** Saves a file the way a web page does: a link to it, clicked. */
export function browserSave(file: Blob, fileName: string): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // the webview reads the file after the click returns: the address is freed later, not at once
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Selects everything in the view, for the user's Ctrl+C (Cmd+C): the way that needs no permission. */
export function selectContents(element: HTMLElement): DocumentStatus {
  const selection = window.getSelection();
  if (!selection) return { state: "idle" };
  selection.selectAllChildren(element);
  element.focus();
  return { state: "selected" };
}
