import { Tab, TabList, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useMemo } from "react";
import { columnLetter } from "../core/model/grid";
import type { EmulatedCell, EmulatedSheet, EmulatedWorkbook } from "../emulator";
import { ChartPlaceholder } from "./chart-placeholder";
import type { WorkbookEvaluator } from "./evaluate";
import { workbookEvaluator } from "./evaluate";
import type { CellText } from "./number-format";
import { cellText } from "./number-format";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  // Many sheets scroll in their own bar, as Excel's tabs do, rather than pushing the page wide.
  tabs: { overflowX: "auto", overflowY: "hidden", flexShrink: 0, maxWidth: "100%" },
  tabList: { flexWrap: "nowrap", whiteSpace: "nowrap" },
  scroll: {
    overflow: "auto",
    maxHeight: "calc(100vh - 140px)",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  table: {
    borderCollapse: "collapse",
    tableLayout: "fixed",
    fontSize: tokens.fontSizeBase200,
    fontFamily: tokens.fontFamilyBase,
  },
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    padding: "2px 6px",
    position: "sticky",
    top: 0,
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: "2px 6px",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "clip",
  },
  wrap: { whiteSpace: "normal" },
  number: { textAlign: "right" },
  red: { color: "#FF0000" },
  formula: { backgroundColor: tokens.colorNeutralBackground1Hover },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}` },
});

const MAX_ROWS = 300;
const MAX_COLS = 14;
/** Excel's default column width (8.43 characters) in points, and points to pixels. */
const DEFAULT_WIDTH = 48;
const PX_PER_POINT = 4 / 3;

type Shown = CellText & { cell: EmulatedCell; numeric: boolean };

/**
 * The emulated workbook as Excel shows it: sheet tabs (very hidden ones marked), formulas evaluated,
 * number formats applied, long text running over empty neighbours, hidden columns left out, charts as
 * titled placeholders. `version` changes whenever the workbook may have: formulas are evaluated again.
 */
export function GridView({
  workbook,
  sheet,
  onSheet,
  version,
}: {
  workbook: EmulatedWorkbook;
  sheet: string;
  onSheet: (name: string) => void;
  version: number;
}) {
  const styles = useStyles();
  const current = workbook.sheets.find((s) => s.name === sheet) ?? workbook.sheets[0];
  // One evaluator per state of the workbook: it caches each formula's result until the next change.
  const evaluator = useMemo(() => workbookEvaluator(workbook), [workbook, version]);
  const selected = workbook.selection?.startsWith(`${current?.name ?? ""}!`)
    ? workbook.selection.split("!")[1]
    : undefined;
  const { grid, rowCount } = current ? shownGrid(current, evaluator) : { grid: [], rowCount: 0 };
  const hidden = new Set(current?.hiddenColumns ?? []);
  const columns = Array.from(
    { length: Math.min(MAX_COLS, Math.max(0, ...grid.map((r) => r.length))) },
    (_, c) => c,
  ).filter((c) => !hidden.has(c));
  const widthOf = (c: number): number => (current?.columnWidths[c] ?? DEFAULT_WIDTH) * PX_PER_POINT;
  return (
    <div className={styles.view}>
      <div className={styles.tabs}>
        <TabList
          className={styles.tabList}
          size="small"
          selectedValue={current?.name}
          onTabSelect={(_, d) => onSheet(String(d.value))}
          aria-label="Blad i arbetsboken"
        >
          {workbook.sheets.map((s) => (
            <Tab key={s.id} value={s.name}>
              {s.visibility === "Visible"
                ? s.name
                : `${s.name} (${s.visibility === "VeryHidden" ? "mycket dold" : "dold"})`}
            </Tab>
          ))}
        </TabList>
      </div>
      {current?.charts.map((chart) => (
        <ChartPlaceholder key={chart.name} chart={chart} />
      ))}
      <div className={styles.scroll}>
        <table className={styles.table} aria-label={current?.name}>
          <colgroup>
            <col style={{ width: 40 }} />
            {columns.map((c) => (
              <col key={c} style={{ width: widthOf(c) }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th className={styles.head} />
              {columns.map((c) => (
                <th key={c} className={styles.head}>
                  {columnLetter(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.map((row, r) => {
              const cells: ReactNode[] = [];
              for (let i = 0; i < columns.length; i++) {
                const c = columns[i]!;
                const shown = row[c];
                const address = `${columnLetter(c)}${r + 1}`;
                const isNumber = shown?.numeric === true;
                const wrap = shown?.cell?.format?.wrapText === true;
                // Text wider than its column runs over the empty cells to its right, as in Excel.
                let span = 1;
                if (shown && !isNumber && !wrap && shown.text.length * 7 > widthOf(c))
                  while (i + span < columns.length && !row[columns[i + span]!]?.text) span++;
                const format = shown?.cell?.format;
                const classes = mergeClasses(
                  styles.cell,
                  isNumber ? styles.number : "",
                  wrap ? styles.wrap : "",
                  shown?.red ? styles.red : "",
                  shown?.cell?.formula !== undefined ? styles.formula : "",
                  selected === address ? styles.selected : "",
                );
                cells.push(
                  <td
                    key={c}
                    colSpan={span}
                    className={classes}
                    title={shown?.cell?.formula}
                    style={{
                      fontWeight: format?.bold ? 600 : undefined,
                      fontStyle: format?.italic ? "italic" : undefined,
                      backgroundColor: format?.fillColor,
                      color: shown?.red ? undefined : format?.fontColor,
                    }}
                  >
                    {shown?.text ?? ""}
                  </td>,
                );
                i += span - 1;
              }
              return (
                <tr key={r}>
                  <th className={styles.head}>{r + 1}</th>
                  {cells}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {rowCount > MAX_ROWS ? <Text size={200}>{`Visar ${MAX_ROWS} av ${rowCount} rader.`}</Text> : null}
    </div>
  );
}

/** Each cell's text as shown, from A1 to the last used cell within the rows and columns shown; the used rows. */
function shownGrid(
  sheet: EmulatedSheet,
  evaluator: WorkbookEvaluator,
): { grid: (Shown | undefined)[][]; rowCount: number } {
  const used = sheet.cells.bounds((cell) => cell.value !== undefined || cell.formula !== undefined);
  if (used === undefined) return { grid: [], rowCount: 0 };
  const rowCount = used.row + used.rowCount;
  const rows = Math.min(MAX_ROWS, rowCount);
  const columns = Math.min(MAX_COLS, used.column + used.columnCount);
  const grid: (Shown | undefined)[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: (Shown | undefined)[] = [];
    for (let c = 0; c < columns; c++) {
      const cell = sheet.cells.get(r, c);
      if (cell === undefined) {
        row.push(undefined);
        continue;
      }
      const { value, error } = evaluator.valueAt(sheet.name, r, c);
      row.push({
        ...cellText(value, cell.numberFormat, error),
        cell,
        numeric: typeof value === "number" && !error,
      });
    }
    grid.push(row);
  }
  return { grid, rowCount };
}
