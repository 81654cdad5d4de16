// A small, strict XML parser for the manifest tests (no dependency; xmllint may be absent). It checks
// well-formedness as the XML 1.0 and Namespaces specifications define it for what a manifest can contain:
// one root element; matching, properly nested tags; quoted, unique attributes; valid character and entity
// references; comments, processing instructions and CDATA sections; and namespace prefixes that are declared.
// Document type declarations are refused rather than half-parsed.

export type XmlElement = {
  /** The name as written, e.g. `bt:Image`. */
  name: string;
  local: string;
  /** The namespace URI the element's prefix (or the default namespace) resolves to, or null. */
  namespace: string | null;
  /** Attribute values by name as written (`xsi:type`), references resolved. */
  attributes: Map<string, string>;
  /** Namespace URIs of the prefixed attributes, by name as written. */
  attributeNamespaces: Map<string, string>;
  children: XmlElement[];
  /** The element's own character data (not its children's), references resolved. */
  text: string;
  line: number;
};

export class XmlError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
  }
}

const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";
const NAME = /^[\p{L}_:][\p{L}\p{M}\p{N}_:.\-\u00B7\u203F\u2040]*/u;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

type Scope = Map<string, string>;

class Parser {
  private pos = 0;

  constructor(private readonly src: string) {}

  parseDocument(): XmlElement {
    if (this.src.startsWith("\uFEFF")) this.pos = 1;
    for (let i = this.pos; i < this.src.length; i++) {
      const code = this.src.codePointAt(i) ?? 0;
      if (code > 0xffff) i++;
      if (!isXmlChar(code)) {
        this.pos = i;
        this.fail(`character U+${code.toString(16).toUpperCase()} is not allowed in XML`);
      }
    }
    if (this.src.startsWith("<?xml", this.pos) && /\s/.test(this.src[this.pos + 5] ?? "")) {
      this.parseDeclaration();
    }
    this.parseMisc();
    if (!this.src.startsWith("<", this.pos) || this.pos >= this.src.length) this.fail("no root element");
    const scope: Scope = new Map([["xml", XML_NAMESPACE]]);
    const root = this.parseElement(scope);
    this.parseMisc();
    if (this.pos < this.src.length) this.fail("content after the root element");
    return root;
  }

  private line(): number {
    let line = 1;
    for (let i = 0; i < this.pos; i++) if (this.src[i] === "\n") line++;
    return line;
  }

  private fail(message: string): never {
    throw new XmlError(message, this.line());
  }

  private skipSpace(): void {
    while (/[ \t\r\n]/.test(this.src[this.pos] ?? "")) this.pos++;
  }

  private expect(text: string): void {
    if (!this.src.startsWith(text, this.pos)) this.fail(`expected ${JSON.stringify(text)}`);
    this.pos += text.length;
  }

  private parseDeclaration(): void {
    const end = this.src.indexOf("?>", this.pos);
    if (end < 0) this.fail("unterminated XML declaration");
    const body = this.src.slice(this.pos + 5, end);
    const declaration =
      /^\s+version\s*=\s*(["'])1\.[0-9]+\1(\s+encoding\s*=\s*(["'])[A-Za-z][A-Za-z0-9._-]*\3)?(\s+standalone\s*=\s*(["'])(yes|no)\5)?\s*$/;
    if (!declaration.test(body)) this.fail("malformed XML declaration");
    this.pos = end + 2;
  }

  /** Comments, processing instructions and white space outside the root element. */
  private parseMisc(): void {
    for (;;) {
      this.skipSpace();
      if (this.src.startsWith("<!--", this.pos)) this.parseComment();
      else if (this.src.startsWith("<?", this.pos)) this.parseProcessingInstruction();
      else if (this.src.startsWith("<!DOCTYPE", this.pos))
        this.fail("document type declarations are not supported");
      else return;
    }
  }

  private parseComment(): void {
    const end = this.src.indexOf("-->", this.pos + 4);
    if (end < 0) this.fail("unterminated comment");
    const body = this.src.slice(this.pos + 4, end);
    if (body.includes("--") || body.endsWith("-")) {
      this.fail('"--" inside a comment');
    }
    this.pos = end + 3;
  }

  private parseProcessingInstruction(): void {
    this.pos += 2;
    const target = this.readName();
    if (target.toLowerCase() === "xml") this.fail("XML declaration not at the start of the document");
    const end = this.src.indexOf("?>", this.pos);
    if (end < 0) this.fail("unterminated processing instruction");
    if (end > this.pos && !/^[ \t\r\n]/.test(this.src.slice(this.pos, end))) {
      this.fail("processing instruction target must be followed by white space");
    }
    this.pos = end + 2;
  }

  private readName(): string {
    const match = NAME.exec(this.src.slice(this.pos, this.pos + 200));
    if (!match) this.fail("expected a name");
    this.pos += match[0].length;
    return match[0];
  }

  /** Replaces character and entity references; `&` must start one, `<` may not appear (attributes). */
  private resolveReferences(raw: string, inAttribute: boolean): string {
    if (inAttribute && raw.includes("<")) this.fail('"<" in an attribute value');
    return raw.replace(/&([^;&\s]*);?/g, (whole, body: string) => {
      if (!whole.endsWith(";")) this.fail(`"&" that does not start a reference: ${JSON.stringify(whole)}`);
      const numeric = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(body);
      if (numeric) {
        const code = numeric[1] !== undefined ? parseInt(numeric[1], 16) : parseInt(numeric[2] ?? "", 10);
        if (!isXmlChar(code)) this.fail(`character reference ${whole} names no XML character`);
        return String.fromCodePoint(code);
      }
      const entity = ENTITIES[body];
      if (entity === undefined) this.fail(`undefined entity ${whole}`);
      return entity;
    });
  }

  private parseAttributes(): Map<string, string> {
    const attributes = new Map<string, string>();
    for (;;) {
      const before = this.pos;
      this.skipSpace();
      const char = this.src[this.pos];
      if (char === ">" || char === "/" || char === undefined) return attributes;
      if (this.pos === before) this.fail("attributes must be separated by white space");
      const name = this.readName();
      this.skipSpace();
      this.expect("=");
      this.skipSpace();
      const quote = this.src[this.pos];
      if (quote !== '"' && quote !== "'") this.fail(`value of ${name} is not quoted`);
      const end = this.src.indexOf(quote, this.pos + 1);
      if (end < 0) this.fail(`unterminated value of ${name}`);
      const raw = this.src.slice(this.pos + 1, end);
      this.pos = end + 1;
      if (attributes.has(name)) this.fail(`attribute ${name} given twice`);
      // Attribute-value normalisation: each white-space character becomes a space.
      attributes.set(name, this.resolveReferences(raw, true).replace(/[\t\r\n]/g, " "));
    }
  }

  private resolve(
    name: string,
    scope: Scope,
    isAttribute: boolean,
  ): { local: string; namespace: string | null } {
    const colon = name.indexOf(":");
    if (colon < 0) return { local: name, namespace: isAttribute ? null : (scope.get("") ?? null) };
    const prefix = name.slice(0, colon);
    const local = name.slice(colon + 1);
    if (local === "" || local.includes(":")) this.fail(`malformed qualified name ${name}`);
    const namespace = scope.get(prefix);
    if (namespace === undefined) this.fail(`undeclared namespace prefix ${prefix}: in ${name}`);
    return { local, namespace };
  }

  private parseElement(parentScope: Scope): XmlElement {
    const line = this.line();
    this.expect("<");
    const name = this.readName();
    const attributes = this.parseAttributes();

    const scope: Scope = new Map(parentScope);
    for (const [attribute, value] of attributes) {
      if (attribute === "xmlns") {
        if (value === "") scope.delete("");
        else scope.set("", value);
      } else if (attribute.startsWith("xmlns:")) {
        if (value === "") this.fail(`namespace prefix ${attribute.slice(6)} bound to an empty name`);
        scope.set(attribute.slice(6), value);
      }
    }
    const { local, namespace } = this.resolve(name, scope, false);
    const attributeNamespaces = new Map<string, string>();
    const expanded = new Set<string>();
    for (const attribute of attributes.keys()) {
      if (attribute === "xmlns" || attribute.startsWith("xmlns:")) continue;
      const resolved = this.resolve(attribute, scope, true);
      const key = `${resolved.namespace ?? ""} ${resolved.local}`;
      if (expanded.has(key)) this.fail(`attribute ${attribute} given twice (same namespace and name)`);
      expanded.add(key);
      if (resolved.namespace !== null) attributeNamespaces.set(attribute, resolved.namespace);
      if (resolved.namespace === XMLNS_NAMESPACE) this.fail(`reserved namespace in ${attribute}`);
    }

    const element: XmlElement = {
      name,
      local,
      namespace,
      attributes,
      attributeNamespaces,
      children: [],
      text: "",
      line,
    };
    if (this.src.startsWith("/>", this.pos)) {
      this.pos += 2;
      return element;
    }
    this.expect(">");
    this.parseContent(element, scope);
    return element;
  }

  private parseContent(element: XmlElement, scope: Scope): void {
    for (;;) {
      if (this.pos >= this.src.length)
        this.fail(`element ${element.name} (line ${element.line}) is not closed`);
      if (this.src.startsWith("</", this.pos)) {
        this.pos += 2;
        const name = this.readName();
        if (name !== element.name) {
          this.fail(`closing tag </${name}> does not match <${element.name}> (line ${element.line})`);
        }
        this.skipSpace();
        this.expect(">");
        return;
      }
      if (this.src.startsWith("<!--", this.pos)) this.parseComment();
      else if (this.src.startsWith("<![CDATA[", this.pos)) {
        const end = this.src.indexOf("]]>", this.pos + 9);
        if (end < 0) this.fail("unterminated CDATA section");
        element.text += this.src.slice(this.pos + 9, end);
        this.pos = end + 3;
      } else if (this.src.startsWith("<?", this.pos)) this.parseProcessingInstruction();
      else if (this.src.startsWith("<!", this.pos)) this.fail("unexpected markup declaration");
      else if (this.src.startsWith("<", this.pos)) element.children.push(this.parseElement(scope));
      else {
        const next = this.src.indexOf("<", this.pos);
        const raw = this.src.slice(this.pos, next < 0 ? this.src.length : next);
        if (raw.includes("]]>")) this.fail('"]]>" in character data');
        element.text += this.resolveReferences(raw, false);
        this.pos += raw.length;
      }
    }
  }
}

/** The document's root element; throws XmlError (with the line) if the text is not well-formed XML. */
export function parseXml(source: string): XmlElement {
  return new Parser(source).parseDocument();
}

/** Every element of the tree, depth first, the root included. */
export function allElements(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap(allElements)];
}
