// The manifest tests are only as good as their parser: it must refuse what is not well-formed XML.
import { TASK_PANE_APP, checkAgainstRule } from "./schema";
import { XmlError, parseXml } from "./xml";

describe("parseXml", () => {
  test("reads elements, attributes, text, references, CDATA and namespaces", () => {
    const root = parseXml(
      `<?xml version="1.0" encoding="UTF-8"?>\n<!-- a comment -->\n` +
        `<r xmlns="urn:a" xmlns:b="urn:b" b:t='x &amp; y'><b:c n="1"/>A &lt;&#65;&#x42;&gt;<![CDATA[<raw>]]><?pi data?></r>`,
    );
    expect(root.local).toBe("r");
    expect(root.namespace).toBe("urn:a");
    expect(root.attributes.get("b:t")).toBe("x & y");
    expect(root.attributeNamespaces.get("b:t")).toBe("urn:b");
    expect(root.children[0]?.namespace).toBe("urn:b");
    expect(root.children[0]?.attributes.get("n")).toBe("1");
    expect(root.text).toBe("A <AB><raw>");
  });

  test.each([
    ["an unclosed element", "<a><b></a>"],
    ["a mismatched closing tag", "<a></b>"],
    ["two roots", "<a/><b/>"],
    ["text after the root", "<a/>x"],
    ["no root", "<!-- only -->"],
    ["an unquoted attribute", "<a b=1/>"],
    ["a duplicate attribute", '<a b="1" b="2"/>'],
    ["the same attribute through two prefixes", '<a xmlns:p="u" xmlns:q="u" p:b="1" q:b="2"/>'],
    ["attributes run together", '<a b="1"c="2"/>'],
    ["< in an attribute", '<a b="<"/>'],
    ["a bare ampersand", "<a>fish & chips</a>"],
    ["an unknown entity", "<a>&nbsp;</a>"],
    ["a character reference to a control character", "<a>&#1;</a>"],
    ["an undeclared prefix", "<p:a/>"],
    ["-- in a comment", "<a><!-- x -- y --></a>"],
    ["]]> in text", "<a>]]></a>"],
    ["a late XML declaration", '<a/><?xml version="1.0"?>'],
    ["a document type declaration", "<!DOCTYPE a><a/>"],
    ["a NUL character", "<a>\u0000</a>"],
    ["an unterminated comment", "<a><!-- x</a>"],
  ])("refuses %s", (_what, text) => {
    expect(() => parseXml(text)).toThrow(XmlError);
  });

  test("says on which line the problem is", () => {
    expect(() => parseXml("<a>\n<b>\n</c></a>")).toThrow(/^line 3:/);
  });
});

describe("checkAgainstRule", () => {
  const head =
    '<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="TaskPaneApp">';
  const body = [
    "<Id>cada79ee-75e7-42ea-aabd-4b50874e07ed</Id>",
    "<Version>1.0</Version>",
    "<ProviderName>P</ProviderName>",
    "<DefaultLocale>sv-SE</DefaultLocale>",
    '<DisplayName DefaultValue="D"/>',
    '<Description DefaultValue="D"/>',
    '<DefaultSettings><SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/></DefaultSettings>',
    "<Permissions>ReadWriteDocument</Permissions>",
  ];
  const check = (parts: string[]) =>
    checkAgainstRule(parseXml(`${head}${parts.join("")}</OfficeApp>`), TASK_PANE_APP);

  test("accepts a minimal task pane manifest", () => {
    expect(check(body)).toEqual([]);
  });

  test("finds an element out of order", () => {
    const swapped = [...body];
    [swapped[1], swapped[2]] = [swapped[2] ?? "", swapped[1] ?? ""];
    expect(check(swapped).join("\n")).toMatch(/Version/);
  });

  test("finds a missing required element, a repeated one and an unknown one", () => {
    expect(check(body.filter((part) => !part.startsWith("<Permissions"))).join("\n")).toMatch(
      /needs Permissions/,
    );
    expect(check([...body.slice(0, 1), ...body]).join("\n")).toMatch(/Id/);
    expect(check([...body, "<Extra/>"]).join("\n")).toMatch(/Extra/);
  });

  test("finds a missing required attribute", () => {
    expect(
      check(body.map((part) => part.replace('<DisplayName DefaultValue="D"/>', "<DisplayName/>"))),
    ).toEqual([expect.stringMatching(/DisplayName.*lacks DefaultValue/)]);
  });
});
