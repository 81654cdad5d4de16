import {
  createEmulator,
  createSheet,
  createWorkbook,
  lazyCells,
  PAYLOAD_LIMIT,
  snapshot,
} from "../../src/emulator";
import { rejection, workbookWith } from "./helpers";

const ROWS = 1_048_576;

/** A full-height sheet of 4 columns, generated when read: nothing is built up front. */
function bigWorkbook(): ReturnType<typeof createWorkbook> {
  return createWorkbook([createSheet("Stort", { cells: lazyCells(ROWS, 4, (r, c) => r * 4 + c) })]);
}

describe("payload limits (rule 3)", () => {
  it("refuses a request over 5 MB and applies nothing of that sync", async () => {
    const emu = createEmulator(workbookWith({ Data: [["old"]] }));
    const rows = 200_000;
    const big = Array.from({ length: rows }, () => ["xxxxxxxx", "yyyyyyyy", "zzzzzzzz", "wwwwwwww"]);
    const error = await rejection(
      emu.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("Data");
        ws.getRange("A1").values = [["changed"]];
        ws.getRangeByIndexes(1, 0, rows, 4).values = big;
        await ctx.sync();
      }),
    );
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(snapshot(emu.workbook, "Data")).toEqual([["old"]]);
    expect(emu.stats.log.at(-1)).toMatchObject({
      error: "RequestPayloadSizeLimitExceeded",
      responseBytes: 0,
    });
    expect(emu.stats.maxRequestBytes).toBeGreaterThan(PAYLOAD_LIMIT);
  });

  it("refuses a response over 5 MB and undoes that sync's writes", async () => {
    const emu = createEmulator(bigWorkbook());
    const error = await rejection(
      emu.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("Stort");
        ws.getRange("A1").values = [["changed"]];
        ws.getRange("A1:D1048576").load("values");
        await ctx.sync();
      }),
    );
    expect(error.code).toBe("ResponsePayloadSizeLimitExceeded");
    expect(emu.workbook.sheets[0]?.cells.get(0, 0)).toEqual({ value: 0 });
  });

  it("refuses more than 5 million cells in one read or write", async () => {
    const emu = createEmulator(workbookWith({ Data: [] }));
    const error = await rejection(
      emu.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Data").getRange("A:E").load("values");
        await ctx.sync();
      }),
    );
    expect(error).toMatchObject({ code: "RangeExceedsLimit", debugInfo: { errorLocation: "Range.values" } });
  });

  it("reads a 1,048,576 × 4 sheet in blocks of 100,000 rows, but not in one go", async () => {
    const started = Date.now();
    const emu = createEmulator(bigWorkbook());
    const { total, last } = await emu.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Stort");
      const used = ws.getUsedRange(true).load("rowCount,columnCount");
      await ctx.sync();
      let sum = 0;
      let lastValue: unknown;
      for (let start = 0; start < used.rowCount; start += 100_000) {
        const count = Math.min(100_000, used.rowCount - start);
        const block = ws.getRangeByIndexes(start, 0, count, used.columnCount).load("values");
        await ctx.sync();
        sum += block.values.length;
        lastValue = block.values.at(-1)?.at(-1);
      }
      return { total: sum, last: lastValue };
    });
    expect(total).toBe(ROWS);
    expect(last).toBe(ROWS * 4 - 1);
    expect(emu.stats.syncs).toBe(12);
    expect(emu.stats.maxResponseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT);
    expect(emu.stats.maxResponseBytes).toBeGreaterThan(PAYLOAD_LIMIT / 2);

    const error = await rejection(
      emu.run(async (ctx) => {
        const all = ctx.workbook.worksheets.getItem("Stort").getUsedRange().load("values");
        await ctx.sync();
        return all.values.length;
      }),
    );
    expect(error.code).toBe("ResponsePayloadSizeLimitExceeded");
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("records each round trip's bytes and counts no empty sync", async () => {
    const emu = createEmulator(workbookWith({ Data: [["a", "b"]] }));
    await emu.run(async (ctx) => {
      await ctx.sync();
      const range = ctx.workbook.worksheets.getItem("Data").getRange("A1:B1").load("values");
      await ctx.sync();
      range.values = [["c", "d"]];
    });
    expect(emu.stats.syncs).toBe(2);
    const [read, write] = emu.stats.log;
    expect(read?.responseBytes).toBeGreaterThanOrEqual(JSON.stringify({ values: [["a", "b"]] }).length);
    expect(write?.requestBytes).toBeGreaterThan(JSON.stringify([["c", "d"]]).length);
    expect(write?.responseBytes).toBe(0);
  });
});
