import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Field,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { cellText, columnIndex } from "../core/model/grid";
import type { Unit } from "../core/money";
import type { ReportUnit, SignConvention } from "../core/settings/settings";
import type { SettingsOverride } from "../core/settings/validate-settings";
import type { FigureRole, Role, SheetView } from "./choices";
import { LEDGER_COLUMN_KEYS } from "../core/settings/settings";
import {
  isFigureRole,
  sheetViews,
  usedColumns,
  withColumnChoice,
  withIssueChoice,
  withLedgerColumn,
  withRole,
  withSheet,
  withUnit,
} from "./choices";
import { IssueList } from "./issue-list";
import { paneMessage } from "./pane-message";
import type { Issue } from "../core/model/issue";
import { TEXTS } from "./texts";
import type { Analysis } from "./workflow";

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  preview: { overflow: "auto", maxWidth: "100%", maxHeight: "16rem" },
  previewCell: {
    whiteSpace: "nowrap",
    fontSize: tokens.fontSizeBase100,
    maxWidth: "14ch",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  usedCell: {
    backgroundColor: tokens.colorBrandBackground2,
    fontWeight: tokens.fontWeightSemibold,
  },
});

const ROLES: Role[] = ["ledger", "long", "mapping", "explanations", "investments", "adjustments", "ignore"];
const UNITS: Unit[] = ["kr", "tkr", "mkr"];
const SIGNS: SignConvention[] = ["netCostPositive", "incomePositive"];
const REPORT_UNITS: ReportUnit[] = ["tkr", "mkr"];

type Props = {
  analysis: Analysis;
  onChange: (choices: SettingsOverride) => void;
  onShow: (sheet: string, cell: string) => void;
};

/** What the engine detected — sheets, columns, unit, signs — each changeable, with a preview and the problems. */
export function SourcesStep({ analysis, onChange, onShow }: Props) {
  const styles = useStyles();
  const used = analysis.output.settings;
  const choices = analysis.choices;
  const errors = analysis.output.issues.filter((i) => i.severity === "error");
  const warnings = analysis.output.issues.filter((i) => i.severity === "warning");
  // The engine could not tell the sign: an empty choice that must be made, with the engine's reason.
  const signUnknown = analysis.output.issues.find((i) => i.code === "sign-unknown");
  const inputSign = choices.inputSign ?? (signUnknown ? "" : (used.inputSign ?? "netCostPositive"));
  const columnFix = (i: Issue, letter: string): (() => void) | undefined => {
    const next = withIssueChoice(analysis, i, letter);
    return next ? () => onChange(next) : undefined;
  };
  return (
    <div className={styles.step}>
      <Text>{TEXTS.sources.intro}</Text>
      <IssueList issues={errors} onShow={onShow} columnFix={columnFix} />
      {errors.length === 0 ? <Text weight="semibold">{TEXTS.sources.noProblems}</Text> : null}
      <Accordion multiple collapsible>
        {sheetViews(analysis).map((view) => (
          <SheetCard
            key={view.name}
            view={view}
            analysis={analysis}
            onChange={(s) => onChange(withSheet(choices, s))}
            onChoose={(role, letter) => onChange(withColumnChoice(choices, view.name, role, letter))}
          />
        ))}
      </Accordion>
      <div className={styles.fields}>
        <Choice<SignConvention | "">
          label={TEXTS.sources.inputSign}
          value={inputSign}
          options={inputSign === "" ? ["", ...SIGNS] : SIGNS}
          text={(s) => (s === "" ? TEXTS.sources.chooseSign : TEXTS.sources.signs[s])}
          {...(inputSign === "" && signUnknown ? { error: paneMessage(signUnknown) } : {})}
          onSelect={(sign) => {
            if (sign !== "") onChange({ ...choices, inputSign: sign });
          }}
        />
        <Choice
          label={TEXTS.sources.reportSign}
          value={used.reportSign ?? "netCostPositive"}
          options={SIGNS}
          text={(s) => TEXTS.sources.signs[s]}
          onSelect={(reportSign) => onChange({ ...choices, reportSign })}
        />
        <Choice
          label={TEXTS.sources.reportUnit}
          value={used.reportUnit ?? "tkr"}
          options={REPORT_UNITS}
          text={(u) => TEXTS.sources.reportUnits[u]}
          onSelect={(reportUnit) => onChange({ ...choices, reportUnit })}
        />
      </div>
      {warnings.length > 0 ? <Text weight="semibold">{TEXTS.sources.warnings}</Text> : null}
      <IssueList issues={warnings} onShow={onShow} columnFix={columnFix} />
    </div>
  );
}

function SheetCard({
  view,
  analysis,
  onChange,
  onChoose,
}: {
  view: SheetView;
  analysis: Analysis;
  onChange: (s: SheetView["settings"]) => void;
  /** one figure column chosen over detection, the rest of the sheet still detected */
  onChoose: (role: FigureRole, letter: string | undefined) => void;
}) {
  const styles = useStyles();
  const s = view.settings;
  const headerText = (letter: string | undefined): string => {
    const h = view.headers.find((x) => x.letter === letter);
    return h ? `${h.letter}: ${h.text}` : TEXTS.sources.none;
  };
  const summary =
    "headerRow" in s
      ? `${TEXTS.sources.roles[s.role]}, ${TEXTS.sources.headerRow(s.headerRow).toLowerCase()}`
      : TEXTS.sources.roles[s.role];
  return (
    <AccordionItem value={view.name}>
      <AccordionHeader>{`${view.name}: ${summary}`}</AccordionHeader>
      <AccordionPanel>
        <div className={styles.fields}>
          <Choice
            label={TEXTS.sources.role}
            value={s.role}
            // key figures are offered where detection found them (their columns are detection's), so the
            // role shows and can be changed; a sheet is not made one by hand without its columns
            options={s.role === "keyFigures" ? [...ROLES, "keyFigures"] : ROLES}
            text={(r) => TEXTS.sources.roles[r]}
            onSelect={(role) => onChange(withRole(s, role))}
          />
          {s.role === "ledger" ||
          s.role === "long" ||
          s.role === "explanations" ||
          s.role === "investments" ||
          s.role === "adjustments" ? (
            <Choice<Unit | "">
              label={TEXTS.sources.unit}
              value={s.unit ?? ""}
              options={s.unit ? UNITS : ["", ...UNITS]}
              text={(u) =>
                u === "" ? TEXTS.sources.unitAssumed(assumedUnit(analysis, s.name)) : TEXTS.sources.units[u]
              }
              onSelect={(unit) => {
                if (unit !== "") onChange(withUnit(s, unit));
              }}
            />
          ) : null}
          {s.role === "ledger"
            ? LEDGER_COLUMN_KEYS.map((key) => {
                const entry = analysis.output.detection?.find((d) => d.sheet === view.name && d.role === key);
                return (
                  <Choice
                    key={key}
                    label={TEXTS.sources.column[key]}
                    value={s.columns[key] ?? ""}
                    options={["", ...view.headers.map((h) => h.letter)]}
                    text={(letter) => (letter === "" ? TEXTS.sources.none : headerText(letter))}
                    {...(entry ? { hint: TEXTS.sources.detection(entry) } : {})}
                    {...(entry && !entry.chosen && entry.rule === "ambiguous"
                      ? { error: TEXTS.sources.ambiguous }
                      : {})}
                    onSelect={(letter) =>
                      isFigureRole(key)
                        ? onChoose(key, letter || undefined)
                        : onChange(withLedgerColumn(s, key, letter || undefined))
                    }
                  />
                );
              })
            : null}
          {s.role !== "ignore" ? <Preview view={view} analysis={analysis} /> : null}
        </div>
      </AccordionPanel>
    </AccordionItem>
  );
}

/**
 * The unit an explanations or investments sheet that states none is read in: the ledger's. Offered as
 * "Anges inte" beside the units until the user chooses one (then the warning goes).
 */
function assumedUnit(analysis: Analysis, sheet: string): Unit | undefined {
  return analysis.output.sheetUnits?.find((u) => u.sheet === sheet && u.assumed)?.unit;
}

/** The header row and the first rows under it, so the user sees what each column holds. */
function Preview({ view, analysis }: { view: SheetView; analysis: Analysis }) {
  const styles = useStyles();
  const grid = analysis.grid.sheets.find((g) => g.name === view.name);
  const headerRow = "headerRow" in view.settings ? view.settings.headerRow : 1;
  if (!grid) return null;
  // Every column, so that those in use show wherever they stand; the box scrolls both ways.
  const used = usedColumns(view.settings);
  const cols = view.headers;
  const rows = grid.rows.slice(headerRow, headerRow + 8);
  const cellClass = (letter: string): string =>
    used.has(letter) ? mergeClasses(styles.previewCell, styles.usedCell) : styles.previewCell;
  return (
    <div className={styles.preview}>
      <Table
        size="extra-small"
        noNativeElements={false}
        style={{ tableLayout: "auto", width: "auto" }}
        aria-label={TEXTS.sources.preview(view.name)}
      >
        <TableHeader>
          <TableRow>
            {cols.map((h) => (
              <TableHeaderCell
                key={h.letter}
                className={cellClass(h.letter)}
                title={used.has(h.letter) ? TEXTS.sources.usedAs(roleLabels(used.get(h.letter))) : h.text}
              >
                {used.has(h.letter)
                  ? `${h.letter} ${h.text} (${roleLabels(used.get(h.letter))})`
                  : `${h.letter} ${h.text}`}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row, r) => (
            <TableRow key={r}>
              {cols.map((h) => (
                <TableCell key={h.letter} className={cellClass(h.letter)}>
                  {cellText(row?.[columnIndex(h.letter) ?? 0])}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** ["outcome", "forecast"] → "Utfall, Prognos" */
function roleLabels(keys: readonly string[] | undefined): string {
  return (keys ?? []).map((k) => TEXTS.sources.columnRole(k)).join(", ");
}

function Choice<T extends string>(props: {
  label: string;
  value: T;
  options: readonly T[];
  text: (v: T) => string;
  onSelect: (v: T) => void;
  /** why this column: detection's rule and the columns it passed over */
  hint?: string;
  /** the choice must be made: no rule decided */
  error?: string;
}) {
  return (
    <Field
      label={props.label}
      {...(props.hint ? { hint: props.hint } : {})}
      {...(props.error ? { validationState: "error" as const, validationMessage: props.error } : {})}
    >
      <Select
        value={props.value}
        onChange={(_, data) => {
          const v = props.options.find((o) => o === data.value);
          if (v !== undefined) props.onSelect(v);
        }}
      >
        {props.options.map((o) => (
          <option key={o} value={o}>
            {props.text(o)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
