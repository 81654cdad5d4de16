import {
  Button,
  Field,
  Select,
  Text,
  Title3,
  ToggleButton,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { Emulator, EmulatedWorkbook } from "../emulator";
import { createEmulator, saveXlsx } from "../emulator";
import { capabilitiesOf, excelRun } from "../io/excel/excel-run";
import { App } from "../taskpane/app";
import { startWorkerEngine } from "../taskpane/engine-worker/start";
import { TEXTS } from "../taskpane/texts";
import type { ExcelPort } from "../taskpane/workflow";
import { GridView } from "./grid-view";
import type { Theme } from "@fluentui/react-components";

const useStyles = makeStyles({
  page: {
    display: "grid",
    gridTemplateColumns: "380px 1fr",
    gap: tokens.spacingHorizontalL,
    padding: tokens.spacingHorizontalM,
    height: "100vh",
    boxSizing: "border-box",
  },
  pane: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    overflowY: "auto",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  right: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  bar: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
});

/** Excel versions the harness can pretend to be, to see the pane's feature detection. */
const EXCELS = {
  "1.9": "Excel med ExcelApi 1.9 (Microsoft 365, Office 2021, webben)",
  "1.8": "Excel med ExcelApi 1.8 (för gammal)",
} as const;
type ExcelVersion = keyof typeof EXCELS;

type Props = {
  workbook: EmulatedWorkbook;
  name: string;
  onOpen: (file: File) => void;
  onExample: () => void;
  theme: Theme;
};

/**
 * The real task pane beside a plain view of an emulated workbook: the whole flow in any browser. The
 * emulator is strict like Excel (unloaded properties, queued writes, payload limits); it is not Excel.
 */
export function Harness({ workbook, name, onOpen, onExample, theme }: Props) {
  const styles = useStyles();
  const [version, setVersion] = useState<ExcelVersion>("1.9");
  const [changes, setChanges] = useState(0);
  const [technical, setTechnical] = useState(false);
  const [sheet, setSheet] = useState(workbook.sheets[0]?.name ?? "");
  const emulator = useMemo<Emulator>(
    () => createEmulator(workbook, { requirements: { ExcelApi: version } }),
    [workbook, version],
  );
  const port = useMemo<ExcelPort | undefined>(() => {
    const capabilities = capabilitiesOf((n, v) => emulator.requirements.isSetSupported(n, v));
    if (!capabilities) return undefined;
    // as the pane runs Excel: every batch waits while a cell is being edited
    const excel = excelRun((options, batch) => emulator.run(options, batch));
    const run: ExcelPort["run"] = async (batch) => {
      try {
        return await excel(batch);
      } finally {
        setChanges((n) => n + 1);
        if (emulator.workbook.activeSheet) setSheet(emulator.workbook.activeSheet);
      }
    };
    // The engine in its worker, as in the pane in Excel (the end-to-end tests run through it).
    return { run, capabilities, now: () => new Date(), startEngine: startWorkerEngine };
  }, [emulator]);
  // For the end-to-end test: the emulated workbook as it stands (read, never changed, from outside).
  useEffect(() => {
    (window as unknown as { budgetrapportHarness?: unknown }).budgetrapportHarness = { emulator };
  }, [emulator]);
  const save = async (): Promise<void> => {
    const bytes = await saveXlsx(emulator.workbook);
    const url = URL.createObjectURL(
      new Blob([new Uint8Array(bytes)], {
        type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      }),
    );
    const a = document.createElement("a");
    a.href = url;
    a.download = name.replace(/\.xlsx$/i, "") + "-med-rapport.xlsx";
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <div className={styles.page}>
      <div className={styles.pane} aria-label="Åtgärdsfönstret">
        {port ? (
          <App key={`${name}-${version}`} port={port} theme={theme} />
        ) : (
          <Text>{TEXTS.errors.tooOld}</Text>
        )}
      </div>
      <div className={styles.right}>
        <Title3>{`Provbänk: ${name} (emulerad arbetsbok, inte Excel)`}</Title3>
        <div className={styles.bar}>
          <Button onClick={onExample}>Öppna exemplet</Button>
          <Field label="Öppna en egen .xlsx">
            <input
              type="file"
              accept=".xlsx"
              onChange={(e) => e.target.files?.[0] && onOpen(e.target.files[0])}
            />
          </Field>
          <Button onClick={() => void save()}>Spara som .xlsx</Button>
          <Field label="Emulerad Excel">
            <Select value={version} onChange={(_, d) => setVersion(d.value as ExcelVersion)}>
              {Object.entries(EXCELS).map(([v, label]) => (
                <option key={v} value={v}>
                  {label}
                </option>
              ))}
            </Select>
          </Field>
          {/* The emulator's counters are for developers: an economist sees the workbook without them. */}
          <ToggleButton checked={technical} onClick={() => setTechnical((t) => !t)}>
            Teknik
          </ToggleButton>
          {technical ? (
            <Text
              size={200}
            >{`Synkroniseringar: ${emulator.stats.syncs}, största förfrågan ${emulator.stats.maxRequestBytes.toLocaleString("sv-SE")} byte (ändringar ${changes})`}</Text>
          ) : null}
        </div>
        <GridView workbook={emulator.workbook} sheet={sheet} onSheet={setSheet} version={changes} />
      </div>
    </div>
  );
}
