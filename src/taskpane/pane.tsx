import { Button, Spinner, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy, useCallback, useEffect, useRef, useState } from "react";
import type { Explanation } from "../core/read/read-explanations";
import type { SettingsOverride } from "../core/settings/validate-settings";
import { selectCell } from "../io/excel/select-cell";
import type { AdjustmentInput } from "./adjustment-edits";
import { addAdjustmentRow } from "./adjustment-edits";
import type { ExplanationInput } from "./explanation-edits";
import { addExplanationRow, changeExplanationRow, removeExplanationRow } from "./explanation-edits";
import { FailureMessage } from "./failure-message";
import type { Failure, Generation } from "./pane-state";
import { attempt, generateFromPane } from "./pane-state";
import { SourcesStep } from "./sources-step";
import { TEXTS } from "./texts";
import type { Analysis, ExcelPort } from "./workflow";
import { analyseWorkbook, changeChoices } from "./workflow";

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  // five steps do not fit a task pane's 320–380 px in one row: the last ones wrap, none is cut off
  tabs: { flexWrap: "wrap" },
});

type TabValue = "sources" | "period" | "explanations" | "adjustments" | "generate";

// The first screen is Underlag: the other steps load when first opened, keeping the pane's first load small.
const PeriodStep = lazy(() => import("./period-step").then((m) => ({ default: m.PeriodStep })));
const ExplanationsStep = lazy(() =>
  import("./explanations-step").then((m) => ({ default: m.ExplanationsStep })),
);
const AdjustmentsStep = lazy(() =>
  import("./adjustments-step").then((m) => ({ default: m.AdjustmentsStep })),
);
const GenerateStep = lazy(() => import("./generate-step").then((m) => ({ default: m.GenerateStep })));

/** The pane: reads the workbook, shows the four steps, and carries out what the user asks. */
export function Pane({ port }: { port: ExcelPort }) {
  const styles = useStyles();
  const [analysis, setAnalysis] = useState<Analysis>();
  const [progress, setProgress] = useState<string>(TEXTS.loading);
  const [problem, setProblem] = useState<Failure>();
  const [tab, setTab] = useState<TabValue>("sources");
  const [generation, setGeneration] = useState<Generation>({ state: "idle" });
  const abort = useRef<AbortController | undefined>(undefined);
  // counts the readings: what an action started on an earlier reading returns is dropped
  const reading = useRef(0);

  // Reading (again, or another workbook) starts every step afresh: nothing said about the workbook
  // before, a report's status and links included, is left on screen.
  const load = useCallback(async () => {
    abort.current?.abort();
    reading.current += 1;
    const mine = reading.current;
    setAnalysis(undefined);
    setProblem(undefined);
    setGeneration({ state: "idle" });
    setTab("sources");
    const read = await attempt(() =>
      analyseWorkbook(port, (sheet, done, total) => setProgress(TEXTS.readingSheet(sheet, done, total))),
    );
    if (mine !== reading.current) {
      // overtaken by a later reading: its engine is nobody's
      if (read.ok) read.value.engine?.dispose();
      return;
    }
    if (read.ok) setAnalysis(read.value);
    else setProblem(read.failure);
  }, [port]);

  useEffect(() => {
    void load();
  }, [load]);

  // A reading's engine (its worker) ends when the pane goes on from that reading, or closes.
  const engine = analysis?.engine;
  useEffect(() => () => engine?.dispose(), [engine]);

  if (!analysis) {
    return (
      <div className={styles.pane}>
        {problem ? (
          <FailureMessage failure={problem} onRetry={() => void load()} />
        ) : (
          <Spinner label={progress} />
        )}
      </div>
    );
  }

  /** Carries out an edit in Excel; the pane goes on from what it returns, or shows why it could not. */
  const act = async (action: () => Promise<Analysis | void | undefined>): Promise<void> => {
    setProblem(undefined);
    const started = reading.current;
    const done = await attempt(action);
    if (started !== reading.current) return;
    if (!done.ok) setProblem(done.failure);
    else if (done.value) setAnalysis(done.value);
  };
  const change = (choices: SettingsOverride): void => {
    setGeneration({ state: "idle" });
    void act(() => changeChoices(port, analysis, choices));
  };
  // The tjänsteskrivelse's texts change no figure: kept among the choices (the next report saves them in
  // the workbook), nothing computed again, and the report just made stays on screen.
  const keepChoices = (update: (choices: SettingsOverride) => SettingsOverride): void =>
    setAnalysis((a) => (a ? { ...a, choices: update(a.choices) } : a));
  const show = (sheet: string, cell: string): void => void act(() => selectCell(port.run, sheet, cell));
  const add = (input: ExplanationInput) => act(() => addExplanationRow(port, analysis, input));
  const update = (e: Explanation, input: ExplanationInput) =>
    act(() => changeExplanationRow(port, analysis, e, input));
  const remove = (e: Explanation) => act(() => removeExplanationRow(port, analysis, e));
  const addAdjustment = (input: AdjustmentInput) => act(() => addAdjustmentRow(port, analysis, input));
  const generate = async (): Promise<void> => {
    setProblem(undefined);
    const controller = new AbortController();
    abort.current = controller;
    const started = reading.current;
    const next = await generateFromPane(
      port,
      analysis,
      (g) => started === reading.current && setGeneration(g),
      controller.signal,
    );
    if (started !== reading.current) return;
    setAnalysis(next.analysis);
    setGeneration(next.generation);
  };

  return (
    <div className={styles.pane}>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={tab}
        onTabSelect={(_, d) => setTab(d.value as TabValue)}
        aria-label={TEXTS.title}
      >
        <Tab value="sources">{TEXTS.tabs.sources}</Tab>
        <Tab value="period">{TEXTS.tabs.period}</Tab>
        <Tab value="explanations">{TEXTS.tabs.explanations}</Tab>
        <Tab value="adjustments">{TEXTS.tabs.adjustments}</Tab>
        <Tab value="generate">{TEXTS.tabs.generate}</Tab>
      </TabList>
      {problem ? <FailureMessage failure={problem} onRetry={() => void load()} /> : null}
      {tab === "sources" ? <SourcesStep analysis={analysis} onChange={change} onShow={show} /> : null}
      <Suspense fallback={<Spinner size="tiny" />}>
        {tab === "period" ? <PeriodStep analysis={analysis} onChange={change} /> : null}
        {tab === "explanations" ? (
          <ExplanationsStep analysis={analysis} onAdd={add} onUpdate={update} onRemove={remove} />
        ) : null}
        {tab === "adjustments" ? <AdjustmentsStep analysis={analysis} onAdd={addAdjustment} /> : null}
        {tab === "generate" ? (
          <GenerateStep
            analysis={analysis}
            generation={generation}
            onGenerate={() => void generate()}
            onCancel={() => abort.current?.abort()}
            onShow={show}
            onDocumentChoices={keepChoices}
            {...(port.platform ? { platform: port.platform } : {})}
          />
        ) : null}
      </Suspense>
      <Button appearance="subtle" onClick={() => void load()}>
        {TEXTS.reload}
      </Button>
    </div>
  );
}
