import { makeLedger } from "../../scripts/bench/ledger";
import { emulatedLedger } from "../../scripts/bench/measure-size";
import { runEngine } from "../../src/core/engine";
import { layoutReport } from "../../src/core/report/layout-report";
import { CELL_LIMIT, createEmulator } from "../../src/emulator";
import { capabilitiesOf } from "../../src/io/excel/excel-run";
import { CELLS_PER_SYNC, readWorkbookGrid } from "../../src/io/excel/read-workbook";
import { writeReport } from "../../src/io/excel/write-report";
import { FIVE_MB, WRITE_SYNC_BOUND, readSyncBound } from "./bounds";

describe("round trips to Excel (the benchmark's bounds, pinned without timing)", () => {
  it("reads in blocks far under Excel's limit of 5 million cells per range", () => {
    expect(CELLS_PER_SYNC).toBeLessThanOrEqual(CELL_LIMIT / 10);
  });

  it.each([100, 10_000, 100_000])(
    "reads a %i-row ledger in syncs that grow with its cells / CELLS_PER_SYNC, each under 5 MB",
    async (dataRows) => {
      const ledger = makeLedger(dataRows);
      const emulator = createEmulator(emulatedLedger(ledger));
      const grid = await readWorkbookGrid((batch) => emulator.run(batch));
      expect(grid.sheets[0]?.rows).toHaveLength(ledger.sheetRows);
      const bound = readSyncBound([
        { rows: ledger.sheetRows, cols: ledger.columns },
        { rows: grid.sheets[1]?.rows.length ?? 0, cols: 3 },
      ]);
      expect(emulator.stats.syncs).toBeLessThanOrEqual(bound);
      expect(emulator.stats.maxRequestBytes).toBeLessThan(FIVE_MB);
      expect(emulator.stats.maxResponseBytes).toBeLessThan(FIVE_MB);
    },
    60_000,
  );

  it("writes the report of a 100 000-row ledger in WRITE_SYNC_BOUND syncs, each under 5 MB", async () => {
    const emulator = createEmulator(emulatedLedger(makeLedger(100_000)));
    const result = runEngine({ workbook: await readWorkbookGrid((batch) => emulator.run(batch)) }).result;
    const capabilities = capabilitiesOf((n, v) => emulator.requirements.isSetSupported(n, v));
    if (!result || !capabilities) throw new Error("the ledger gives a result, in a recent enough Excel");
    const from = emulator.stats.log.length;
    await writeReport(
      (batch) => emulator.run(batch),
      layoutReport({ result, generatedAt: "2024-05-13 09:00" }),
      {
        capabilities,
        ownSheets: [],
      },
    );
    const log = emulator.stats.log.slice(from);
    expect(log).toHaveLength(WRITE_SYNC_BOUND);
    for (const sync of log) {
      expect(sync.requestBytes).toBeLessThan(FIVE_MB);
      expect(sync.responseBytes).toBeLessThan(FIVE_MB);
    }
  }, 60_000);
});
