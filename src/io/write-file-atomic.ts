import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** A file could not be written (a full disk, no permission): the path, and the system's error as the cause. */
export class FileWriteError extends Error {
  constructor(
    readonly path: string,
    override readonly cause: unknown,
  ) {
    super(`could not write ${path}: ${messageOf(cause)}`);
    this.name = "FileWriteError";
  }
}

/**
 * Writes beside the target, flushed to the disk, then renames: a reader never sees half a file, and a
 * write that fails (a full disk) leaves the file that was there before as it was, and no temporary file.
 */
export async function writeFileAtomic(path: string, data: string | Buffer): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await mkdir(dirname(path), { recursive: true });
    // "wx": a new file of our own, never one (or a link) that happens to be there already.
    await writeFile(temp, data, { flag: "wx", flush: true });
    await rename(temp, path);
  } catch (e) {
    // EEXIST: the temporary name was taken, by a file that is not ours to remove.
    try {
      if ((e as { code?: unknown }).code !== "EEXIST") await rm(temp, { force: true });
    } catch (cleanup) {
      throw new FileWriteError(
        path,
        new AggregateError(
          [e, cleanup],
          `${messageOf(e)}; nor could ${temp} be removed: ${messageOf(cleanup)}`,
        ),
      );
    }
    throw new FileWriteError(path, e);
  }
}

function messageOf(e: unknown): string {
  const message = (e as { message?: unknown } | undefined)?.message;
  return typeof message === "string" ? message : String(e);
}
