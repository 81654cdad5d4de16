import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Suspense, lazy, useCallback, useEffect, useRef, useState } from "react";
import { toUnit } from "../core/money";
import type { Explanation } from "../core/read/read-explanations";
import type { ExplanationsSheet } from "../core/settings/settings";
import type { SettingsOverride } from "../core/settings/validate-settings";
import {
  NEW_EXPLANATIONS_HEADER,
  appendExplanation,
  removeExplanation,
  updateExplanation,
} from "../io/excel/edit-explanations";
import { columnLetter } from "../core/model/grid";
import { selectCell } from "../io/excel/select-cell";
import type { ExplanationInput } from "./explanation-form";
import type { Generation } from "./generate-step";
import { patchCells, rowOfCell } from "./grid-patch";
import { SourcesStep } from "./sources-step";
import { TEXTS, officeErrorText } from "./texts";
import type { Analysis, ExcelPort } from "./workflow";
import { analyseWorkbook, generateReport, recompute } from "./workflow";

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
});

type TabValue = "sources" | "period" | "explanations" | "generate";

// The first screen is Underlag: the other steps load when first opened, keeping the pane's first load small.
const PeriodStep = lazy(() => import("./period-step").then((m) => ({ default: m.PeriodStep })));
const ExplanationsStep = lazy(() =>
  import("./explanations-step").then((m) => ({ default: m.ExplanationsStep })),
);
const GenerateStep = lazy(() => import("./generate-step").then((m) => ({ default: m.GenerateStep })));

const codeOf = (e: unknown): string | undefined =>
  typeof e === "object" && e !== null && "code" in e && typeof e.code === "string" ? e.code : undefined;

const isAbort = (e: unknown): boolean => e instanceof DOMException && e.name === "AbortError";

/** The pane: reads the workbook, shows the four steps, and carries out what the user asks. */
export function Pane({ port }: { port: ExcelPort }) {
  const styles = useStyles();
  const [analysis, setAnalysis] = useState<Analysis>();
  const [progress, setProgress] = useState<string>(TEXTS.loading);
  const [problem, setProblem] = useState<string>();
  const [tab, setTab] = useState<TabValue>("sources");
  const [generation, setGeneration] = useState<Generation>({ state: "idle" });
  const abort = useRef<AbortController | undefined>(undefined);

  const load = useCallback(async () => {
    setAnalysis(undefined);
    setProblem(undefined);
    try {
      setAnalysis(
        await analyseWorkbook(port, (sheet, done, total) =>
          setProgress(TEXTS.readingSheet(sheet, done, total)),
        ),
      );
    } catch (e) {
      setProblem(officeErrorText(codeOf(e)));
    }
  }, [port]);

  useEffect(() => {
    void load();
  }, [load]);

  const attempt = async (action: () => Promise<void>): Promise<void> => {
    setProblem(undefined);
    try {
      await action();
    } catch (e) {
      setProblem(officeErrorText(codeOf(e)));
    }
  };

  if (!analysis) {
    return (
      <div className={styles.pane}>
        {problem ? <Failure message={problem} onRetry={() => void load()} /> : <Spinner label={progress} />}
      </div>
    );
  }

  const change = (choices: SettingsOverride): void => {
    setAnalysis(recompute(analysis, choices, port.now()));
    setGeneration({ state: "idle" });
  };
  const show = (sheet: string, cell: string): void => void attempt(() => selectCell(port.run, sheet, cell));
  const explanationsLayout = analysis.output.settings.sheets?.find(
    (s): s is ExplanationsSheet => s.role === "explanations",
  );
  const inUnit = (input: ExplanationInput, layout: ExplanationsSheet | undefined): number =>
    toUnit(input.amount, layout?.unit ?? "tkr", 5).toNumber();
  const patched = (sheet: string, row: number, cells: Record<string, string | number | null>): void => {
    const next = { ...analysis, grid: patchCells(analysis.grid, sheet, row, cells) };
    setAnalysis(recompute(next, analysis.choices, port.now()));
  };

  const add = (input: ExplanationInput): Promise<void> =>
    attempt(async () => {
      const amount = inUnit(input, explanationsLayout);
      const { layout, row } = await appendExplanation(port.run, explanationsLayout, {
        level: input.level,
        text: input.text,
        amount,
      });
      let grid = analysis.grid;
      if (!explanationsLayout)
        grid = patchCells(
          grid,
          layout.name,
          1,
          Object.fromEntries(NEW_EXPLANATIONS_HEADER.map((h, c) => [columnLetter(c), h])),
        );
      grid = patchCells(grid, layout.name, row, {
        [layout.columns.level]: input.level,
        [layout.columns.text]: input.text,
        [layout.columns.amount]: amount,
      });
      setAnalysis(recompute({ ...analysis, grid }, analysis.choices, port.now()));
    });
  const update = (e: Explanation, input: ExplanationInput): Promise<void> =>
    attempt(async () => {
      if (!explanationsLayout) return;
      const amount = inUnit(input, explanationsLayout);
      const row = rowOfCell(e.cell);
      await updateExplanation(port.run, explanationsLayout, row, {
        level: input.level,
        text: input.text,
        amount,
      });
      const c = explanationsLayout.columns;
      patched(explanationsLayout.name, row, {
        [c.level]: input.level,
        [c.text]: input.text,
        [c.amount]: amount,
      });
    });
  const remove = (e: Explanation): Promise<void> =>
    attempt(async () => {
      if (!explanationsLayout) return;
      const row = rowOfCell(e.cell);
      await removeExplanation(port.run, explanationsLayout, row);
      const c = explanationsLayout.columns;
      patched(explanationsLayout.name, row, { [c.level]: null, [c.text]: null, [c.amount]: null });
    });

  const generate = async (): Promise<void> => {
    const controller = new AbortController();
    abort.current = controller;
    try {
      const done = await generateReport(
        port,
        analysis.choices,
        (stage, within) =>
          setGeneration({ state: "running", stage, ...(within !== undefined ? { within } : {}) }),
        controller.signal,
      );
      setAnalysis({
        ...analysis,
        output: done.output,
        ...(done.written
          ? { state: { version: 1, settings: analysis.choices, reportSheets: done.written.sheets } }
          : {}),
      });
      setGeneration(done.written ? { state: "done", written: done.written } : { state: "blocked" });
    } catch (e) {
      setGeneration(
        isAbort(e) ? { state: "cancelled" } : { state: "failed", message: officeErrorText(codeOf(e)) },
      );
    }
  };

  return (
    <div className={styles.pane}>
      <TabList
        selectedValue={tab}
        onTabSelect={(_, d) => setTab(d.value as TabValue)}
        aria-label={TEXTS.title}
      >
        <Tab value="sources">{TEXTS.tabs.sources}</Tab>
        <Tab value="period">{TEXTS.tabs.period}</Tab>
        <Tab value="explanations">{TEXTS.tabs.explanations}</Tab>
        <Tab value="generate">{TEXTS.tabs.generate}</Tab>
      </TabList>
      {problem ? <Failure message={problem} onRetry={() => void load()} /> : null}
      {tab === "sources" ? <SourcesStep analysis={analysis} onChange={change} onShow={show} /> : null}
      <Suspense fallback={<Spinner size="tiny" />}>
        {tab === "period" ? <PeriodStep analysis={analysis} onChange={change} /> : null}
        {tab === "explanations" ? (
          <ExplanationsStep analysis={analysis} onAdd={add} onUpdate={update} onRemove={remove} />
        ) : null}
        {tab === "generate" ? (
          <GenerateStep
            analysis={analysis}
            generation={generation}
            onGenerate={() => void generate()}
            onCancel={() => abort.current?.abort()}
            onShow={show}
          />
        ) : null}
      </Suspense>
      <Button appearance="subtle" onClick={() => void load()}>
        {TEXTS.reload}
      </Button>
    </div>
  );
}

function Failure({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        {message} <Button onClick={onRetry}>{TEXTS.errors.retry}</Button>
      </MessageBarBody>
    </MessageBar>
  );
}
