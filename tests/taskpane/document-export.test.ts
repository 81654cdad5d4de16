import JSZip from "jszip";
import { renderDocumentHtml } from "../../src/io/html/document-html";
import type { ClipboardPort, DownloadPort } from "../../src/taskpane/document-export";
import {
  DOCX_TYPE,
  copyDocument,
  documentFileName,
  downloadDocument,
} from "../../src/taskpane/document-export";
import { sampleDocument } from "../io/html/sample-document";

let logged: jest.SpyInstance;
beforeEach(() => {
  logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => logged.mockRestore());

const layout = sampleDocument();
const html = renderDocumentHtml(layout);

/** A clipboard that records what reached it, and in which order the calls came. */
function recordingClipboard(write?: (html: string, text: string) => Promise<void>, command?: boolean) {
  const calls: string[] = [];
  const written: { html: string; text: string }[] = [];
  const port: ClipboardPort = {
    ...(write
      ? {
          write: (h: string, t: string) => {
            calls.push("write");
            return write(h, t).then(() => void written.push({ html: h, text: t }));
          },
        }
      : {}),
    ...(command !== undefined
      ? {
          copyCommand: (h: string, t: string) => {
            calls.push("command");
            if (command) written.push({ html: h, text: t });
            return command;
          },
        }
      : {}),
  };
  return { port, calls, written };
}

describe("Kopiera som formaterad text", () => {
  it("writes the HTML and the plain text within the click: the write is called before anything is awaited", async () => {
    const { port, calls, written } = recordingClipboard(() => Promise.resolve(), true);
    const copying = copyDocument(html, port);
    // synchronously, in the click's own turn (WebKit's user gesture does not survive an await)
    expect(calls).toEqual(["write"]);
    expect(await copying).toEqual({ state: "copied" });
    expect(written).toEqual([{ html: html.html, text: html.text }]);
    expect(calls).toEqual(["write"]);
  });

  it("refused by the frame's permissions (Excel on the web): the copy command is tried, and if it copies, that is said", async () => {
    const refusal = new DOMException(
      "The Clipboard API has been blocked because of a permissions policy applied to the current document.",
      "NotAllowedError",
    );
    const { port, calls, written } = recordingClipboard(() => Promise.reject(refusal), true);
    expect(await copyDocument(html, port)).toEqual({ state: "copied" });
    expect(calls).toEqual(["write", "command"]);
    expect(written).toHaveLength(1);
  });

  it("refused both ways: says so with the browser's own words, for the pane to open the view", async () => {
    const refusal = new DOMException("Write permission denied.", "NotAllowedError");
    const { port } = recordingClipboard(() => Promise.reject(refusal), false);
    expect(await copyDocument(html, port)).toEqual({
      state: "copy-refused",
      detail: "NotAllowedError: Write permission denied.",
    });
  });

  it("a browser without the asynchronous clipboard: the copy command at once, still within the click", async () => {
    const { port, calls } = recordingClipboard(undefined, true);
    const copying = copyDocument(html, port);
    expect(calls).toEqual(["command"]);
    expect(await copying).toEqual({ state: "copied" });
    const none = recordingClipboard(undefined, false);
    expect((await copyDocument(html, none.port)).state).toBe("copy-refused");
  });

  it("a write that throws at once (no ClipboardItem for text/html) is a refusal, not a crash", async () => {
    const port: ClipboardPort = {
      write: () => {
        throw new TypeError("ClipboardItem is not defined");
      },
    };
    expect(await copyDocument(html, port)).toEqual({
      state: "copy-refused",
      detail: "TypeError: ClipboardItem is not defined",
    });
  });
});

describe("Ladda ner .docx", () => {
  it("saves a Word file named after the title, of the .docx type, holding the bytes made", async () => {
    const saved: { file: Blob; name: string }[] = [];
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document/>");
    const bytes = await zip.generateAsync({ type: "uint8array" });
    const port: DownloadPort = {
      bytes: () => Promise.resolve(bytes),
      save: (file, name) => void saved.push({ file, name }),
    };
    const status = await downloadDocument(layout, port);
    const name = "Delårsrapport per den 30 april med prognos för helår 2024.docx";
    expect(status).toEqual({ state: "downloaded", fileName: name });
    expect(saved.map((s) => [s.name, s.file.type])).toEqual([[name, DOCX_TYPE]]);
    const back = await JSZip.loadAsync(await saved[0]!.file.arrayBuffer());
    expect(await back.file("word/document.xml")?.async("string")).toBe("<w:document/>");
  });

  it("a library that fails to load (the pane updated meanwhile, the network gone): said and logged, nothing saved", async () => {
    const save = jest.fn();
    const status = await downloadDocument(layout, {
      bytes: () => Promise.reject(new Error("Loading chunk docx failed.")),
      save,
    });
    expect(status).toEqual({
      state: "download-failed",
      failure: expect.objectContaining({ detail: "Error: Loading chunk docx failed." }) as unknown,
    });
    expect(save).not.toHaveBeenCalled();
    expect(logged).toHaveBeenCalled();
  });

  it("names the file so that Windows and macOS take it", () => {
    const named = (title: string) =>
      documentFileName({ ...layout, properties: { ...layout.properties, title } });
    expect(named('Månadsuppföljning: mars/april 2024 "utkast"?')).toBe(
      "Månadsuppföljning mars april 2024 utkast.docx",
    );
    expect(named("Rapport\t\u0007 2024. ")).toBe("Rapport 2024.docx");
    expect(named(" ")).toBe("Tjänsteskrivelse.docx");
  });
});
