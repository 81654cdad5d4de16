/**
 * Preloaded (`node --require`) into the command line the benchmark times: at exit, writes the process's
 * peak resident memory in kB (the kernel's high-water mark) to the file named by BENCH_RSS_FILE.
 */
import { writeFileSync } from "node:fs";

const file = process.env.BENCH_RSS_FILE;
if (file) process.on("exit", () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
