import { escapeXml } from "../xml-text";
import { attribute } from "./ooxml";

/**
 * Our paragraphs' styles made to resolve in a municipality's template. A style Word knows by its built-in
 * name ("heading 1", "caption", "List Paragraph") is the template's own, whatever its id (a Swedish Word
 * writes "Rubrik1"): the template decides how a heading looks. A style of ours the template lacks
 * (Metarad, Tabelltext …) is added, without its font, so that it takes the template's.
 */
export type StyleMerge = { styles: string; rename: Map<string, string> };

type StyleDef = { id: string; name: string; type: string; xml: string };

function styleDefs(styles: string): StyleDef[] {
  return [...styles.matchAll(/<w:style\b[^>]*?(?:\/>|>[\s\S]*?<\/w:style>)/g)].map((m) => ({
    id: attribute(m[0], "w:style", "w:styleId") ?? "",
    type: attribute(m[0], "w:style", "w:type") ?? "paragraph",
    name: (attribute(m[0], "w:name", "w:val") ?? "").toLowerCase(),
    xml: m[0],
  }));
}

const STYLE_REFERENCE = /(<w:(?:pStyle|rStyle|tblStyle|basedOn|next|link) w:val=")([^"]*)(")/g;

/** The style ids the fragments use. */
export function usedStyles(xml: string): Set<string> {
  return new Set([...xml.matchAll(STYLE_REFERENCE)].map((m) => m[2] ?? ""));
}

/** The fragments with their style references made the template's. */
export function renameStyles(xml: string, rename: ReadonlyMap<string, string>): string {
  return xml.replace(STYLE_REFERENCE, (all, head: string, id: string, tail: string) => {
    const to = rename.get(id);
    return to === undefined ? all : `${head}${escapeXml(to)}${tail}`;
  });
}

export function mergeStyles(template: string, ours: string, used: ReadonlySet<string>): StyleMerge {
  const theirs = styleDefs(template);
  const mine = new Map(styleDefs(ours).map((s) => [s.id, s]));
  const taken = new Set(theirs.map((s) => s.id));
  const rename = new Map<string, string>();
  const added: string[] = [];
  const resolve = (id: string): string => {
    const known = rename.get(id);
    if (known !== undefined) return known;
    const def = mine.get(id);
    if (!def) return id;
    const same = theirs.find((s) => s.type === def.type && s.name === def.name);
    if (same) {
      rename.set(id, same.id);
      return same.id;
    }
    let newId = id;
    for (let n = 2; taken.has(newId); n++) newId = `${id}${n}`;
    taken.add(newId);
    rename.set(id, newId);
    // its own references (basedOn Normal, next …) resolved the same way, after it is named
    const body = def.xml
      .replace(/ w:default="[^"]*"/, "")
      .replace(/<w:rFonts\b[^>]*\/>/g, "")
      .replace(/(<w:style\b[^>]*? w:styleId=")[^"]*(")/, `$1${escapeXml(newId)}$2`);
    added.push(
      body.replace(
        /(<w:(?:basedOn|next|link) w:val=")([^"]*)(")/g,
        (_, h: string, ref: string, t: string) => {
          return `${h}${escapeXml(resolve(ref))}${t}`;
        },
      ),
    );
    return newId;
  };
  for (const id of used) resolve(id);
  const end = template.lastIndexOf("</w:styles>");
  if (end < 0) throw new Error("styles part without </w:styles>");
  return { styles: template.slice(0, end) + added.join("") + template.slice(end), rename };
}

/**
 * Our lists' numbering added to the template's with ids of their own, so that the decision list stays
 * numbered and never continues a list of the template's. Returns the new numbering part and the
 * fragments' numIds renamed.
 */
export function mergeNumbering(
  template: string,
  ours: string,
  used: ReadonlySet<string>,
): { numbering: string; rename: Map<string, string> } {
  const ids = (re: RegExp, xml: string) => [...xml.matchAll(re)].map((m) => Number(m[1]));
  let nextAbstract = Math.max(0, ...ids(/<w:abstractNum\b[^>]*? w:abstractNumId="(\d+)"/g, template)) + 1;
  let nextNum = Math.max(0, ...ids(/<w:num\b[^>]*? w:numId="(\d+)"/g, template)) + 1;
  const rename = new Map<string, string>();
  const abstracts: string[] = [];
  const nums: string[] = [];
  for (const id of used) {
    const num = new RegExp(`<w:num\\b[^>]*? w:numId="${id}"[^>]*>[\\s\\S]*?</w:num>`).exec(ours)?.[0];
    const abstractId = num && attribute(num, "w:abstractNumId", "w:val");
    const abstract =
      abstractId &&
      new RegExp(
        `<w:abstractNum\\b[^>]*? w:abstractNumId="${abstractId}"[^>]*>[\\s\\S]*?</w:abstractNum>`,
      ).exec(ours)?.[0];
    if (!num || !abstract) throw new Error(`numbering ${id} is not in the rendered document`);
    const a = String(nextAbstract++);
    const n = String(nextNum++);
    rename.set(id, n);
    // the Word 2012 attribute needs a namespace the template may not declare; Word does without it
    abstracts.push(
      abstract
        .replace(/ w\d+:[A-Za-z]+="[^"]*"/g, "")
        .replace(/ w:abstractNumId="\d+"/, ` w:abstractNumId="${a}"`),
    );
    nums.push(
      num
        .replace(/ w:numId="\d+"/, ` w:numId="${n}"`)
        .replace(/(<w:abstractNumId w:val=")\d+(")/, `$1${a}$2`),
    );
  }
  // the schema's order: every abstractNum before the first num, numIdMacAtCleanup last
  const firstNum = template.search(/<w:num\b[^>]*? w:numId=/);
  const cleanup = template.search(/<w:numIdMacAtCleanup\b|<\/w:numbering>/);
  if (cleanup < 0) throw new Error("numbering part without </w:numbering>");
  const at = firstNum < 0 ? cleanup : firstNum;
  const numbering =
    template.slice(0, at) +
    abstracts.join("") +
    template.slice(at, cleanup) +
    nums.join("") +
    template.slice(cleanup);
  return { numbering, rename };
}

const NUM_REFERENCE = /(<w:numId w:val=")(\d+)(")/g;

export function usedNumbering(xml: string): Set<string> {
  return new Set([...xml.matchAll(NUM_REFERENCE)].map((m) => m[2] ?? ""));
}

export function renameNumbering(xml: string, rename: ReadonlyMap<string, string>): string {
  return xml.replace(NUM_REFERENCE, (all, head: string, id: string, tail: string) => {
    const to = rename.get(id);
    return to === undefined ? all : `${head}${to}${tail}`;
  });
}
