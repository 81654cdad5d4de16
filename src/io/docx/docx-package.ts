import type JSZip from "jszip";
import { attribute } from "./ooxml";

/** The package around a Word document: its parts, their relationships and content types. */

const REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NUMBERING_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml";

export type PartPaths = { document: string; styles?: string; numbering?: string };

/** The main document's part and its styles and numbering parts, as the package's relationships name them. */
export async function partPaths(zip: JSZip): Promise<PartPaths | undefined> {
  const rels = await zip.file("_rels/.rels")?.async("string");
  const target = rels && relationshipTarget(rels, `${REL_TYPE}/officeDocument`);
  if (!target) return undefined;
  const document = target.replace(/^\//, "");
  const dir = document.includes("/") ? document.slice(0, document.lastIndexOf("/") + 1) : "";
  const docRels = await zip.file(`${dir}_rels/${document.slice(dir.length)}.rels`)?.async("string");
  const part = (type: string): string | undefined => {
    const t = docRels && relationshipTarget(docRels, `${REL_TYPE}/${type}`);
    return t ? (t.startsWith("/") ? t.slice(1) : dir + t) : undefined;
  };
  const styles = part("styles");
  const numbering = part("numbering");
  return { document, ...(styles ? { styles } : {}), ...(numbering ? { numbering } : {}) };
}

function relationshipTarget(rels: string, type: string): string | undefined {
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].find(
    (m) => attribute(m[0], "Relationship", "Type") === type,
  );
  return rel && attribute(rel[0], "Relationship", "Target");
}

/** A template without lists gets a numbering part of its own, named in its relationships and content types. */
export async function addNumberingPart(zip: JSZip, document: string): Promise<string> {
  const dir = document.includes("/") ? document.slice(0, document.lastIndexOf("/") + 1) : "";
  const relsPath = `${dir}_rels/${document.slice(dir.length)}.rels`;
  const rels =
    (await zip.file(relsPath)?.async("string")) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const ids = new Set([...rels.matchAll(/ Id="([^"]*)"/g)].map((m) => m[1]));
  let n = 1;
  while (ids.has(`rId${n}`)) n++;
  zip.file(
    relsPath,
    rels.replace(
      "</Relationships>",
      `<Relationship Id="rId${n}" Type="${REL_TYPE}/numbering" Target="numbering.xml"/></Relationships>`,
    ),
  );
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      `<Override PartName="/${dir}numbering.xml" ContentType="${NUMBERING_TYPE}"/></Types>`,
    ),
  );
  return `${dir}numbering.xml`;
}

/** Our numbering part's root element, empty: the template's new part starts from it. */
export function emptyNumbering(ours: string): string {
  const root = /<w:numbering\b[^>]*>/.exec(ours)?.[0];
  if (!root) throw new Error("the rendered document has no numbering");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${root}</w:numbering>`;
}

/** A Word template (.dotx) filled in is a document: its main part says so, or Word will not open it as one. */
export async function asDocument(zip: JSZip): Promise<void> {
  const types = await zip.file("[Content_Types].xml")?.async("string");
  if (!types?.includes("wordprocessingml.template.main+xml")) return;
  zip.file(
    "[Content_Types].xml",
    types.replace("wordprocessingml.template.main+xml", "wordprocessingml.document.main+xml"),
  );
}
