import { Tab, TabList, Text, makeStyles, tokens } from "@fluentui/react-components";
import { columnLetter } from "../core/model/grid";
import type { EmulatedWorkbook } from "../emulator";
import { formulaCells, snapshot } from "../emulator";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  scroll: {
    overflow: "auto",
    maxHeight: "calc(100vh - 140px)",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyBase },
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
    maxWidth: "28ch",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  number: { textAlign: "right" },
  formula: { fontStyle: "italic", color: tokens.colorBrandForeground1 },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}` },
});

const MAX_ROWS = 300;
const MAX_COLS = 14;

/** A plain view of the emulated workbook: sheet tabs (very hidden ones marked) and the first cells. */
export function GridView({
  workbook,
  sheet,
  onSheet,
}: {
  workbook: EmulatedWorkbook;
  sheet: string;
  onSheet: (name: string) => void;
}) {
  const styles = useStyles();
  const current = workbook.sheets.find((s) => s.name === sheet) ?? workbook.sheets[0];
  const values = current ? snapshot(workbook, current.name) : [];
  // Text that merely starts with "=" is text: only real formula cells are shown as formulas.
  const formulas = current ? formulaCells(workbook, current.name) : {};
  const selected = workbook.selection?.startsWith(`${current?.name ?? ""}!`)
    ? workbook.selection.split("!")[1]
    : undefined;
  const width = Math.min(MAX_COLS, Math.max(0, ...values.map((r) => r.length)));
  return (
    <div className={styles.view}>
      <TabList
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
      <div className={styles.scroll}>
        <table className={styles.table} aria-label={current?.name}>
          <thead>
            <tr>
              <th className={styles.head} />
              {Array.from({ length: width }, (_, c) => (
                <th key={c} className={styles.head}>
                  {columnLetter(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {values.slice(0, MAX_ROWS).map((row, r) => (
              <tr key={r}>
                <th className={styles.head}>{r + 1}</th>
                {Array.from({ length: width }, (_, c) => {
                  const v = row[c];
                  const f = formulas[`${columnLetter(c)}${r + 1}`];
                  const isFormula = f !== undefined;
                  const shown =
                    isFormula && (v === null || v === undefined)
                      ? f
                      : v === null || v === undefined
                        ? ""
                        : String(v);
                  const classes = [
                    styles.cell,
                    typeof v === "number" ? styles.number : "",
                    isFormula ? styles.formula : "",
                    selected === `${columnLetter(c)}${r + 1}` ? styles.selected : "",
                  ];
                  return (
                    <td key={c} className={classes.join(" ")} title={isFormula ? String(f) : undefined}>
                      {shown}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {values.length > MAX_ROWS ? (
        <Text size={200}>{`Visar ${MAX_ROWS} av ${values.length} rader.`}</Text>
      ) : null}
    </div>
  );
}
