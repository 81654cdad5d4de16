import JSZip from "jszip";
import { layoutDocument } from "../../src/core/document/layout-document";
import { browserDownload, downloadDocument } from "../../src/taskpane/document-export";
import {
  browserTemplates,
  chooseTemplate,
  forgetTemplate,
  sessionTemplate,
} from "../../src/taskpane/document-template";
import { lommaResult } from "../core/document/document-builder";
import { HEADER_XML, LETTERHEAD, wordTemplate } from "../io/docx/word-template";

/** A file as the file input gives it. */
const file = (name: string, bytes: Uint8Array) => ({
  name,
  arrayBuffer: () => Promise.resolve(bytes.slice().buffer),
});

let logged: jest.SpyInstance;
beforeEach(() => {
  logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
  forgetTemplate();
});
afterEach(() => logged.mockRestore());

describe("Word-mall (valfri) in the pane", () => {
  it("a chosen template is checked, kept for the session, and fills the downloaded file", async () => {
    const choice = await chooseTemplate(file("Lomma mall.docx", await wordTemplate()), browserTemplates());
    expect(choice.state === "chosen" && choice.chosen.template.placeholders.length).toBe(8);
    // the section made again for the next report finds it
    expect(sessionTemplate()).toEqual(choice);

    const layout = layoutDocument({ result: await lommaResult(), generatedAt: "2024-05-13 09:00" });
    const saved: Blob[] = [];
    const port = { ...browserDownload(), save: (f: Blob) => void saved.push(f) };
    const status = await downloadDocument(
      layout,
      port,
      choice.state === "chosen" ? choice.chosen.template : undefined,
    );
    expect(status.state).toBe("downloaded");
    const zip = await JSZip.loadAsync(await saved[0]!.arrayBuffer());
    expect(await zip.file("word/header1.xml")?.async("string")).toBe(HEADER_XML);
    const document = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(document).toContain(LETTERHEAD);
    expect(document).toContain("Delårsrapport per den 30 april med prognos för helår 2024");

    // without a template, the default document, as before
    await downloadDocument(layout, port);
    const plain = await JSZip.loadAsync(await saved[1]!.arrayBuffer());
    expect(plain.file("word/header1.xml")).toBeNull();
  });

  it("a file that is no template is refused with the reasons, and the earlier choice is not used", async () => {
    await chooseTemplate(file("mall.docx", await wordTemplate()), browserTemplates());
    const choice = await chooseTemplate(
      file("budget.xlsx", new TextEncoder().encode("inte Word")),
      browserTemplates(),
    );
    expect(choice).toEqual({
      state: "refused",
      fileName: "budget.xlsx",
      issues: [expect.objectContaining({ code: "template-unreadable" })],
    });
    expect(sessionTemplate()).toEqual({ state: "none" });
  });

  it("a file the browser cannot read is said and logged, never dropped", async () => {
    const broken = { name: "mall.docx", arrayBuffer: () => Promise.reject(new Error("NotReadableError")) };
    const choice = await chooseTemplate(broken, browserTemplates());
    expect(choice.state).toBe("failed");
    expect(logged).toHaveBeenCalled();
    expect(sessionTemplate()).toEqual({ state: "none" });
  });
});
