import { makeLedger } from "../../scripts/bench/ledger";
import { emulatedLedger } from "../../scripts/bench/measure-size";
import { CELL_LIMIT, createEmulator } from "../../src/emulator";
import { CELLS_PER_SYNC, readWorkbookGrid } from "../../src/io/excel/read-workbook";
import { FIVE_MB, readSyncBound } from "./bounds";

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
});
