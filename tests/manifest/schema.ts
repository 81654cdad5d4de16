// The part of the Office add-in manifest schema this add-in uses, written down from Microsoft's XSDs
// (OfficeAppManifestV1_1.xsd, TaskPaneAppVersionOverridesV1_0.xsd, OfficeAppBasicTypesV1_0.xsd): for each
// element, the children its <xs:sequence> allows, in that order, with their counts, and the attributes it must
// have. Office refuses a manifest whose elements are out of order, so order is checked, not only presence.
import type { XmlElement } from "./xml";

export const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  vo: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
} as const;

type Namespace = keyof typeof NS;

/**
 * `content`: the child sequence; "text": character data only, no children; "empty": nothing; "unchecked": an
 * optional element this add-in does not use (if one appears, its inside is not checked here).
 */
export type Rule = {
  name: string;
  ns: Namespace;
  min: number;
  max: number;
  attributes?: readonly string[];
  content: readonly Rule[] | "text" | "empty" | "unchecked";
};

const MANY = Number.POSITIVE_INFINITY;

function rule(
  name: string,
  ns: Namespace,
  [min, max]: readonly [number, number],
  content: Rule["content"],
  attributes: readonly string[] = [],
): Rule {
  return { name, ns, min, max, content, attributes };
}

const optional = [0, 1] as const;
const one = [1, 1] as const;
const oneOrMore = [1, MANY] as const;
const any = [0, MANY] as const;

/** A locale-aware setting (DisplayName, IconUrl, …): a DefaultValue and any number of Overrides. */
function localeAware(name: string, ns: Namespace, count: readonly [number, number]): Rule {
  return rule(name, ns, count, [rule("Override", ns, any, "empty", ["Locale", "Value"])], ["DefaultValue"]);
}

function resource(name: string): Rule {
  return rule(
    name,
    "bt",
    any,
    [rule("Override", "bt", any, "empty", ["Locale", "Value"])],
    ["id", "DefaultValue"],
  );
}

const requirementsBase = rule("Requirements", "app", optional, [
  rule("Sets", "app", optional, [rule("Set", "app", oneOrMore, "empty", ["Name"])]),
  rule("Methods", "app", optional, "unchecked"),
]);

const iconList = rule("Icon", "vo", one, [rule("Image", "bt", oneOrMore, "empty", ["size", "resid"])]);
const shortRef = (name: string, count: readonly [number, number] = one): Rule =>
  rule(name, "vo", count, "empty", ["resid"]);

const button = rule(
  "Control",
  "vo",
  oneOrMore,
  [
    shortRef("Label"),
    rule("Supertip", "vo", one, [shortRef("Title"), shortRef("Description")]),
    iconList,
    rule(
      "Action",
      "vo",
      one,
      [rule("TaskpaneId", "vo", optional, "text"), shortRef("SourceLocation"), shortRef("Title", optional)],
      ["xsi:type"],
    ),
  ],
  ["xsi:type", "id"],
);

const group = rule("Group", "vo", oneOrMore, [shortRef("Label"), iconList, button], ["id"]);

const desktopFormFactor = rule("DesktopFormFactor", "vo", optional, [
  rule("GetStarted", "vo", optional, [shortRef("Title"), shortRef("Description"), shortRef("LearnMoreUrl")]),
  shortRef("FunctionFile", optional),
  rule(
    "ExtensionPoint",
    "vo",
    oneOrMore,
    [rule("OfficeTab", "vo", any, [group], ["id"]), rule("CustomTab", "vo", any, "unchecked")],
    ["xsi:type"],
  ),
]);

const versionOverrides = rule(
  "VersionOverrides",
  "vo",
  optional,
  [
    rule("Description", "vo", optional, "empty", ["resid"]),
    rule("Requirements", "vo", optional, "unchecked"),
    rule("Hosts", "vo", optional, [
      rule(
        "Host",
        "vo",
        oneOrMore,
        [rule("AllFormFactors", "vo", optional, "unchecked"), desktopFormFactor],
        ["xsi:type"],
      ),
    ]),
    rule("Resources", "vo", optional, [
      rule("Images", "bt", optional, [resource("Image")]),
      rule("Urls", "bt", optional, [resource("Url")]),
      rule("ShortStrings", "bt", optional, [resource("String")]),
      rule("LongStrings", "bt", optional, [resource("String")]),
    ]),
    rule("WebApplicationInfo", "vo", optional, "unchecked"),
    rule("EquivalentAddins", "vo", optional, "unchecked"),
  ],
  ["xsi:type"],
);

/** `<OfficeApp xsi:type="TaskPaneApp">`: the OfficeApp sequence followed by TaskPaneApp's extension. */
export const TASK_PANE_APP: Rule = rule(
  "OfficeApp",
  "app",
  one,
  [
    rule("Id", "app", one, "text"),
    rule("AlternateId", "app", optional, "text"),
    rule("Version", "app", one, "text"),
    rule("ProviderName", "app", one, "text"),
    rule("DefaultLocale", "app", one, "text"),
    localeAware("DisplayName", "app", one),
    localeAware("Description", "app", one),
    localeAware("IconUrl", "app", optional),
    localeAware("HighResolutionIconUrl", "app", optional),
    localeAware("SupportUrl", "app", optional),
    rule("AppDomains", "app", optional, [rule("AppDomain", "app", oneOrMore, "text")]),
    rule("Hosts", "app", optional, [rule("Host", "app", oneOrMore, "empty", ["Name"])]),
    // TaskPaneApp's extension of the sequence:
    requirementsBase,
    rule("DefaultSettings", "app", one, [localeAware("SourceLocation", "app", one)]),
    rule("Permissions", "app", one, "text"),
    rule("Dictionary", "app", optional, "unchecked"),
    versionOverrides,
  ],
  ["xsi:type"],
);

function describe(element: XmlElement): string {
  return `<${element.name}> (line ${element.line})`;
}

/** Every way `element` departs from `expected`: order, counts, namespaces, required attributes, content kind. */
export function checkAgainstRule(element: XmlElement, expected: Rule): string[] {
  const problems: string[] = [];
  if (element.local !== expected.name || element.namespace !== NS[expected.ns]) {
    return [`${describe(element)} is not ${expected.name} in ${NS[expected.ns]}`];
  }
  for (const attribute of expected.attributes ?? []) {
    const value = element.attributes.get(attribute);
    if (value === undefined || value.trim() === "") problems.push(`${describe(element)} lacks ${attribute}`);
  }
  const { content } = expected;
  if (content === "unchecked") return problems;
  if (content === "text" || content === "empty") {
    if (element.children.length > 0) problems.push(`${describe(element)} may not have child elements`);
    if (content === "text" && element.text.trim() === "") problems.push(`${describe(element)} is empty`);
    if (content === "empty" && element.text.trim() !== "")
      problems.push(`${describe(element)} may not have text`);
    return problems;
  }
  if (element.text.trim() !== "") problems.push(`${describe(element)} may not have text`);

  // Walk the children through the sequence: each child must match the current or a later entry.
  let index = 0;
  let count = 0;
  for (const child of element.children) {
    for (let entry = content[index]; entry !== undefined && !matches(child, entry); entry = content[index]) {
      problems.push(...countProblem(element, entry, count));
      index++;
      count = 0;
    }
    const current = content[index];
    if (current === undefined) {
      const known = content.some((entry) => matches(child, entry));
      problems.push(
        known
          ? `${describe(child)} is out of order in ${describe(element)}: the schema wants it earlier`
          : `${describe(child)} is not allowed in ${describe(element)}`,
      );
      break;
    }
    count++;
    problems.push(...checkAgainstRule(child, current));
  }
  for (; index < content.length; index++) {
    const entry = content[index];
    if (entry) problems.push(...countProblem(element, entry, count));
    count = 0;
  }
  return problems;
}

function matches(element: XmlElement, entry: Rule | undefined): boolean {
  return entry !== undefined && element.local === entry.name && element.namespace === NS[entry.ns];
}

function countProblem(parent: XmlElement, entry: Rule, count: number): string[] {
  if (count < entry.min)
    return [`${describe(parent)} needs ${entry.name} (at least ${entry.min}), has ${count}`];
  if (count > entry.max) return [`${describe(parent)} allows ${entry.max} ${entry.name}, has ${count}`];
  return [];
}
