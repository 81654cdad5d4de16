// Offline checks of manifest.xml (`npm run validate` needs Microsoft's online service): well-formed, in the
// schema's order, the right host, requirement set and permission, Swedish and English strings, resources that
// resolve, and every URL naming a file the build produces.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  DEV_URL,
  PAGES,
  STATIC_FILES,
  builtFileForUrl,
  builtFiles,
  manifestUrls,
  parseAddinUrl,
  productionManifest,
} from "../../scripts/addin-build";
import { NS, TASK_PANE_APP, checkAgainstRule } from "./schema";
import type { XmlElement } from "./xml";
import { allElements, parseXml } from "./xml";

const root = join(__dirname, "..", "..");
const source = readFileSync(join(root, "manifest.xml"), "utf8");
const manifest = parseXml(source);
const elements = allElements(manifest);

function child(parent: XmlElement, local: string): XmlElement {
  const found = parent.children.find((c) => c.local === local);
  if (!found) throw new Error(`<${parent.name}> has no ${local}`);
  return found;
}

function path(...locals: string[]): XmlElement {
  return locals.reduce(child, manifest);
}

function attribute(element: XmlElement, name: string): string {
  const value = element.attributes.get(name);
  if (value === undefined) throw new Error(`<${element.name}> (line ${element.line}) has no ${name}`);
  return value;
}

/** The value of xsi:type, checking that the prefix really is the XML Schema instance namespace. */
function xsiType(element: XmlElement): string | undefined {
  for (const [name, value] of element.attributes) {
    if (name.endsWith(":type") && element.attributeNamespaces.get(name) === NS.xsi) return value;
  }
  return undefined;
}

const resources = path("VersionOverrides", "Resources");
const resourceGroups = {
  image: child(resources, "Images"),
  url: child(resources, "Urls"),
  short: child(resources, "ShortStrings"),
  long: child(resources, "LongStrings"),
};
type ResourceKind = keyof typeof resourceGroups;

function resourceById(kind: ResourceKind, id: string): XmlElement {
  const found = resourceGroups[kind].children.filter((r) => r.attributes.get("id") === id);
  if (found.length !== 1) throw new Error(`${kind} resource ${id}: defined ${found.length} times`);
  return found[0] as XmlElement;
}

/** The en-US override of a locale-aware element (manifest settings and string resources alike). */
function english(element: XmlElement): string | undefined {
  return element.children
    .find((c) => c.local === "Override" && c.attributes.get("Locale") === "en-US")
    ?.attributes.get("Value");
}

/** Width and height from a PNG file's IHDR chunk, after checking the signature. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The repository file a development URL is built from, or null for a page (made by webpack). */
function sourceFileOf(url: string): string | null {
  const file = builtFileForUrl(url, DEV_URL);
  return STATIC_FILES.find((f) => f.to === file)?.from ?? null;
}

describe("manifest.xml", () => {
  test("is well-formed XML whose root is a task pane add-in", () => {
    expect(manifest.local).toBe("OfficeApp");
    expect(manifest.namespace).toBe(NS.app);
    expect(xsiType(manifest)).toBe("TaskPaneApp");
    expect(source.startsWith('<?xml version="1.0" encoding="UTF-8"')).toBe(true);
  });

  test("has the required elements, in the order the schema's sequences require", () => {
    expect(checkAgainstRule(manifest, TASK_PANE_APP)).toEqual([]);
  });

  test("has a GUID for Id and a version that follows package.json", () => {
    const guid = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
    expect(path("Id").text.trim()).toMatch(guid);
    const version = path("Version").text.trim();
    expect(version).toMatch(/^[0-9]{1,5}(\.[0-9]{1,5}){0,3}$/);
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    expect(version.startsWith(pkg.version)).toBe(true);
  });

  test("is for Excel only, needs ExcelApi 1.9 (Office 2021, Microsoft 365, the web) and reads and writes the document", () => {
    expect(path("Hosts").children.map((h) => attribute(h, "Name"))).toEqual(["Workbook"]);
    const sets = path("Requirements", "Sets");
    const required = sets.children.map((set) => [
      attribute(set, "Name"),
      set.attributes.get("MinVersion") ?? sets.attributes.get("DefaultMinVersion") ?? "1.1",
    ]);
    // 1.9, not 1.7: Office 2019 volume-licensed (ExcelApi 1.7 at most) runs add-ins in Internet Explorer 11.
    expect(required).toEqual([["ExcelApi", "1.9"]]);
    expect(path("Permissions").text.trim()).toBe("ReadWriteDocument");
    const voHosts = path("VersionOverrides", "Hosts").children;
    expect(voHosts.map(xsiType)).toEqual(["Workbook"]);
  });

  test("puts a Budgetrapport group with a button that opens the task pane on the Home tab", () => {
    expect(xsiType(path("VersionOverrides"))).toBe("VersionOverridesV1_0");
    const formFactor = path("VersionOverrides", "Hosts", "Host", "DesktopFormFactor");
    const point = child(formFactor, "ExtensionPoint");
    expect(xsiType(point)).toBe("PrimaryCommandSurface");
    const tab = child(point, "OfficeTab");
    expect(attribute(tab, "id")).toBe("TabHome");
    const group = child(tab, "Group");
    expect(attribute(resourceById("short", attribute(child(group, "Label"), "resid")), "DefaultValue")).toBe(
      "Budgetrapport",
    );
    const controls = group.children.filter((c) => c.local === "Control");
    expect(controls).toHaveLength(1);
    const button = controls[0] as XmlElement;
    expect(xsiType(button)).toBe("Button");
    expect(attribute(resourceById("short", attribute(child(button, "Label"), "resid")), "DefaultValue")).toBe(
      "Budgetrapport",
    );
    const action = child(button, "Action");
    expect(xsiType(action)).toBe("ShowTaskpane");
    expect(child(action, "TaskpaneId").text.trim()).not.toBe("");
    const paneUrl = attribute(
      resourceById("url", attribute(child(action, "SourceLocation"), "resid")),
      "DefaultValue",
    );
    expect(paneUrl).toBe(attribute(path("DefaultSettings", "SourceLocation"), "DefaultValue"));
    expect(paneUrl).toBe(`${DEV_URL}/taskpane.html`);
  });

  test("has icons of 16, 32 and 80 pixels on the group and the button", () => {
    const icons = elements.filter((e) => e.local === "Icon" && e.namespace === NS.vo);
    expect(icons).toHaveLength(2);
    for (const icon of icons) {
      expect(icon.children.map((image) => attribute(image, "size"))).toEqual(["16", "32", "80"]);
    }
  });

  test("defines every resource id once and refers only to ones of the right kind", () => {
    const ids = Object.values(resourceGroups).flatMap((group) =>
      group.children.map((r) => attribute(r, "id")),
    );
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(32);

    const kindOf = (reference: XmlElement): ResourceKind => {
      if (reference.local === "Image") return "image";
      if (reference.local === "SourceLocation" || reference.local === "LearnMoreUrl") return "url";
      if (reference.local === "Description") return "long";
      return "short"; // Label, Title
    };
    const references = elements.filter((e) => e.attributes.has("resid"));
    expect(references.length).toBeGreaterThan(0);
    const used = new Set<string>();
    for (const reference of references) {
      const id = attribute(reference, "resid");
      expect(() => resourceById(kindOf(reference), id)).not.toThrow();
      used.add(id);
    }
    expect(ids.filter((id) => !used.has(id))).toEqual([]);
  });

  test("says everything in Swedish by default and in English for en-US", () => {
    expect(path("DefaultLocale").text.trim()).toBe("sv-SE");
    const localised = [
      path("DisplayName"),
      path("Description"),
      ...resourceGroups.short.children,
      ...resourceGroups.long.children,
    ];
    const long = [path("Description"), ...resourceGroups.long.children];
    for (const element of localised) {
      const swedish = attribute(element, "DefaultValue");
      const inEnglish = english(element);
      expect(inEnglish).toBeDefined();
      const limit = long.includes(element) ? 250 : 125;
      expect(swedish.length).toBeLessThanOrEqual(limit);
      expect((inEnglish ?? "").length).toBeLessThanOrEqual(limit);
    }
    for (const element of long) {
      expect(attribute(element, "DefaultValue")).toMatch(/[åäöÅÄÖ]/);
      expect(attribute(element, "DefaultValue")).toMatch(/\b(och|för|i|att|ur)\b/);
      expect(english(element)).toMatch(/\b(the|and|of|to)\b/);
    }
    expect(attribute(path("DisplayName"), "DefaultValue")).toBe("Budgetrapport");
    const overrides = elements.filter((e) => e.local === "Override");
    expect(new Set(overrides.map((o) => attribute(o, "Locale")))).toEqual(new Set(["en-US"]));
  });

  test("uses https for every URL, each naming a file the build produces", () => {
    const urls = manifestUrls(source);
    expect(urls.length).toBeGreaterThanOrEqual(8);
    const produced = new Set(builtFiles());
    const problems: string[] = [];
    for (const url of urls) {
      const file = builtFileForUrl(url, DEV_URL);
      if (file === null) problems.push(`${url} is not under ${DEV_URL}/`);
      else if (!produced.has(file)) problems.push(`${url}: the build produces no ${file}`);
      const from = sourceFileOf(url);
      if (from !== null && !existsSync(join(root, from))) problems.push(`${url}: ${from} does not exist`);
      const page = PAGES.find((p) => `${p.name}.html` === file);
      if (page && !existsSync(join(root, page.entry)))
        problems.push(`${url}: entry ${page.entry} does not exist`);
    }
    expect(problems).toEqual([]);
    // Namespace names are not addresses of files and are left out; nothing else over http is.
    expect(
      source.replace(/<!--[\s\S]*?-->/g, "").match(/http:\/\/(?!schemas\.microsoft\.com\/|www\.w3\.org\/)/g),
    ).toBeNull();
  });

  test("points every icon at a PNG of the size it is used at", () => {
    const sizeOf = (url: string) => {
      const from = sourceFileOf(url);
      if (from === null) throw new Error(`${url} is not a copied file`);
      return pngSize(join(root, from));
    };
    expect(sizeOf(attribute(path("IconUrl"), "DefaultValue"))).toEqual({ width: 32, height: 32 });
    expect(sizeOf(attribute(path("HighResolutionIconUrl"), "DefaultValue"))).toEqual({
      width: 64,
      height: 64,
    });
    for (const image of elements.filter((e) => e.local === "Image" && e.attributes.has("resid"))) {
      const size = Number(attribute(image, "size"));
      const url = attribute(resourceById("image", attribute(image, "resid")), "DefaultValue");
      expect(sizeOf(url)).toEqual({ width: size, height: size });
    }
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(join(root, "assets", `icon-${size}.png`))).toEqual({ width: size, height: size });
    }
  });
});

describe("the production manifest", () => {
  const addinUrl = "https://example.org/budgetrapport";
  const production = productionManifest(source, addinUrl);

  test("replaces every localhost URL with the address given at build time", () => {
    expect(production).not.toMatch(/localhost|127\.0\.0\.1/);
    const before = manifestUrls(source);
    const after = manifestUrls(production);
    expect(after).toEqual(before.map((url) => url.replace(DEV_URL, addinUrl)));
    const produced = new Set(builtFiles());
    expect(after.filter((url) => !produced.has(builtFileForUrl(url, addinUrl) ?? ""))).toEqual([]);
  });

  test("keeps the manifest well-formed and otherwise the same", () => {
    const parsed = parseXml(production);
    expect(checkAgainstRule(parsed, TASK_PANE_APP)).toEqual([]);
    expect(production.split(addinUrl).join(DEV_URL)).toBe(source);
  });

  test("takes only an https address without query or fragment, and drops a trailing slash", () => {
    expect(parseAddinUrl("https://example.org/budgetrapport/")).toBe(addinUrl);
    expect(parseAddinUrl("https://addins.kommun.se")).toBe("https://addins.kommun.se");
    expect(() => parseAddinUrl("http://example.org/budgetrapport")).toThrow(/https/);
    expect(() => parseAddinUrl("https://example.org/?x=1")).toThrow(/\?/);
    expect(() => parseAddinUrl("example.org")).toThrow(/ADDIN_URL/);
  });

  test("maps URLs under a sub-path to the built files and nothing outside it", () => {
    expect(builtFileForUrl(`${addinUrl}/assets/icon-16.png`, addinUrl)).toBe("assets/icon-16.png");
    expect(builtFileForUrl("https://example.org/other/taskpane.html", addinUrl)).toBeNull();
    expect(builtFileForUrl(`${addinUrl}/../taskpane.html`, addinUrl)).toBeNull();
  });

  test("refuses to leave a development URL behind", () => {
    const stray = source.replace("</OfficeApp>", '<!-- x --><X a="https://127.0.0.1:3000/y"/></OfficeApp>');
    expect(() => productionManifest(stray, addinUrl)).toThrow(/development URLs left/);
  });
});
