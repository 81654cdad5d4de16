import { snapshot } from "../../src/emulator";
import type { Emulator } from "../../src/emulator";
import type { SettingsOverride } from "../../src/core/settings/validate-settings";
import { sheetViews } from "../../src/taskpane/choices";
import { addExplanationRow } from "../../src/taskpane/explanation-edits";
import type { Generation } from "../../src/taskpane/pane-state";
import { attempt, generateFromPane } from "../../src/taskpane/pane-state";
import { TEXTS, officeErrorText } from "../../src/taskpane/texts";
import type { ExcelPort } from "../../src/taskpane/workflow";
import { analyseWorkbook, recompute } from "../../src/taskpane/workflow";
import { emulated, exampleWorkbook } from "../io/excel/emulated-excel";

let logged: jest.SpyInstance;
beforeEach(() => {
  logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => logged.mockRestore());

const REPORT = [
  "Sammanfattning",
  "Avvikelse per nivå",
  "Driftredovisning",
  "Viktigaste förklaringar",
  "Investeringsredovisning",
];

const names = (emulator: Emulator): string[] => emulator.workbook.sheets.map((s) => s.name);

/** A colleague changes a cell while the pane is open. */
async function colleagueWrites(port: ExcelPort, sheet: string, cell: string, value: string | number) {
  await port.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(cell).values = [[value]];
    await context.sync();
  });
}

/** A port on which the report's write (the second Excel.run of a generation) fails at its second sync. */
function failingWrite(port: ExcelPort, error: Error): ExcelPort {
  let runs = 0;
  return {
    ...port,
    run: (batch) => {
      const failing = ++runs === 2;
      return port.run((context) => {
        let syncs = 0;
        const sync = (): Promise<void> => (failing && ++syncs === 2 ? Promise.reject(error) : context.sync());
        const proxy = new Proxy(context, {
          get: (target, prop): unknown =>
            prop === "sync" ? sync : (Reflect.get(target, prop, target) as unknown),
        });
        return batch(proxy);
      });
    },
  };
}

async function pane() {
  const { emulator, port } = emulated(await exampleWorkbook());
  return { emulator, port, analysis: await analyseWorkbook(port) };
}

describe("the report step's states", () => {
  it("done: the pane goes on from the workbook as re-read, not as it was before the report (item 8)", async () => {
    const { emulator, port, analysis } = await pane();
    // A colleague lowers the first explanation, −22 600 tkr, to −22 000 tkr after the pane read it.
    await colleagueWrites(port, "Förklaringar", "C2", -22000);
    const stages: Generation[] = [];
    const next = await generateFromPane(port, analysis, (g) => stages.push(g));
    expect(next.generation).toEqual({
      state: "done",
      written: { sheets: REPORT, notices: [], history: [expect.objectContaining({ period: "2024-04" })] },
      // the tjänsteskrivelse is made from the result the sheets were written from, at their time
      report: {
        result: next.analysis.output.result,
        generatedAt: "2024-05-13 09:00",
      },
    });
    expect(stages.map((g) => g.state === "running" && g.stage)).toContain("skriver");
    expect(next.analysis.state?.reportSheets).toEqual(REPORT);
    // The next choice computes from the fresh grid: 600 tkr of the deviation is now unexplained.
    const after = await recompute(next.analysis, { reportUnit: "mkr" }, port.now());
    expect(after.output.result?.total.unexplained).toBe(-60_000_000);
    expect(names(emulator)).toEqual(expect.arrayContaining(REPORT));
    expect(logged).not.toHaveBeenCalled();
  });

  it("done again: a report sheet the new report no longer makes is gone from the pane too", async () => {
    const { port, analysis } = await pane();
    const first = await generateFromPane(port, analysis, () => undefined);
    const choices: SettingsOverride = { sheets: [{ name: "Investeringar", role: "ignore" }] };
    const second = await generateFromPane(
      port,
      await recompute(first.analysis, choices, port.now()),
      () => undefined,
    );
    expect(second.generation.state === "done" && second.generation.written.sheets).toEqual(
      REPORT.slice(0, 4),
    );
    const next = await recompute(second.analysis, choices, port.now());
    // The write deleted the old Investeringsredovisning: Underlag must not offer it as a sheet to use.
    expect(sheetViews(next).map((v) => v.name)).toEqual([
      "Läs mig",
      "Underlag",
      "Förklaringar",
      "Investeringar",
    ]);
    expect(next.output.settings.sheets?.map((s) => s.name)).not.toContain("Investeringsredovisning");
    expect(next.output.result?.investments).toBeUndefined();
  });

  it("blocked: an error a colleague put in the sources stops it before any write, and is shown", async () => {
    const { emulator, port, analysis } = await pane();
    const before = names(emulator);
    await colleagueWrites(port, "Underlag", "H5", "tre");
    const next = await generateFromPane(port, analysis, () => undefined);
    expect(next.generation).toEqual({ state: "blocked" });
    expect(names(emulator)).toEqual(before);
    expect(next.analysis.output.result).toBeUndefined();
    expect(next.analysis.output.issues).toContainEqual(
      expect.objectContaining({
        severity: "error",
        code: "amount-not-a-number",
        sheet: "Underlag",
        cell: "H5",
      }),
    );
    expect(logged).not.toHaveBeenCalled();
  });

  it("cancelled: the workbook is as it was, the pane keeps its figures, and nothing is logged as an error", async () => {
    const { emulator, port, analysis } = await pane();
    const before = names(emulator);
    const controller = new AbortController();
    const next = await generateFromPane(
      port,
      analysis,
      (g) => g.state === "running" && g.stage === "skriver" && controller.abort(),
      controller.signal,
    );
    expect(next).toEqual({ analysis, generation: { state: "cancelled" } });
    expect(names(emulator)).toEqual(before);
    expect(logged).not.toHaveBeenCalled();
  });

  it("failed with an Office error: its Swedish text, its code and words as detail, logged", async () => {
    const { emulator, port, analysis } = await pane();
    const before = names(emulator);
    const error = Object.assign(new Error("The workbook was changed by another user."), { code: "Conflict" });
    const next = await generateFromPane(failingWrite(port, error), analysis, () => undefined);
    expect(next.generation).toEqual({
      state: "failed",
      failure: {
        message: officeErrorText("Conflict"),
        detail: "Conflict: The workbook was changed by another user.",
      },
    });
    expect(next.analysis).toBe(analysis);
    expect(names(emulator)).toEqual(before);
    expect(logged).toHaveBeenCalledWith(expect.any(String), error);
  });

  it("failed with an error that has no Office code: said, with its detail, and logged (item 7)", async () => {
    const { port, analysis } = await pane();
    const error = new TypeError("Cannot read properties of undefined (reading 'name')");
    const next = await generateFromPane(failingWrite(port, error), analysis, () => undefined);
    expect(next.generation).toEqual({
      state: "failed",
      failure: {
        message: TEXTS.errors.unexpected,
        detail: "TypeError: Cannot read properties of undefined (reading 'name')",
      },
    });
    expect(logged).toHaveBeenCalledWith(expect.any(String), error);
  });
});

describe("Excel's refusals that have their own message (item 7)", () => {
  it("a workbook whose structure is protected: said as such, whatever code Excel gives, and nothing written", async () => {
    const { emulator, port, analysis } = await pane();
    await port.run(async (context) => {
      context.workbook.protection.protect();
      await context.sync();
    });
    const before = names(emulator);
    const next = await generateFromPane(port, analysis, () => undefined);
    expect(next.generation).toMatchObject({
      state: "failed",
      failure: { message: officeErrorText("WorkbookStructureProtected") },
    });
    if (next.generation.state !== "failed") return;
    expect(next.generation.failure.message).toMatch(/Granska → Skydda arbetsbok/);
    // Excel's own error stays in the detail
    expect(next.generation.failure.detail).toMatch(/^WorkbookStructureProtected: AccessDenied: /);
    expect(names(emulator)).toEqual(before);
    expect(next.analysis).toBe(analysis);
  });

  it("another workbook has the focus (InactiveWorkbook): what to do, not an unexpected error", () => {
    expect(officeErrorText("InactiveWorkbook")).not.toBe(TEXTS.errors.unexpected);
    expect(officeErrorText("InactiveWorkbook")).toMatch(/Klicka i den här arbetsboken/);
  });
});

describe("the pane's other actions fail the same way: said, with detail, and logged", () => {
  it("an explanation added to a sheet a colleague protected: Excel's AccessDenied, in Swedish", async () => {
    const { emulator, port, analysis } = await pane();
    await port.run(async (context) => {
      context.workbook.worksheets.getItem("Förklaringar").protection.protect();
      await context.sync();
    });
    const before = snapshot(emulator.workbook, "Förklaringar");
    const done = await attempt(() =>
      addExplanationRow(port, analysis, { level: "LSS", text: "Vakanser", amount: 100_000 as never }),
    );
    expect(done.ok).toBe(false);
    if (done.ok) return;
    expect(done.failure.message).toBe(officeErrorText("AccessDenied"));
    expect(done.failure.detail).toMatch(/^AccessDenied: /);
    expect(snapshot(emulator.workbook, "Förklaringar")).toEqual(before);
    expect(logged).toHaveBeenCalledTimes(1);
  });

  it("reading the workbook fails with a plain error (no code): the message, the detail, and a log", async () => {
    const { port } = await pane();
    const error = new Error("Failed to fetch");
    const broken: ExcelPort = { ...port, run: () => Promise.reject(error) };
    const done = await attempt(() => analyseWorkbook(broken));
    expect(done).toEqual({
      ok: false,
      failure: { message: TEXTS.errors.unexpected, detail: "Error: Failed to fetch" },
    });
    expect(logged).toHaveBeenCalledWith(expect.any(String), error);
  });
});
