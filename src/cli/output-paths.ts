import type { BigIntStats } from "node:fs";
import { statSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import type { GenerateCommand } from "./args";

/** A file the command names, with how the messages call it. */
export type NamedFile = { name: string; path: string };

/** The files the command reads. */
export function inputsOf(cmd: GenerateCommand): NamedFile[] {
  return [
    { name: "arbetsboken", path: cmd.workbook },
    ...(cmd.config ? [{ name: "--config", path: cmd.config }] : []),
  ];
}

/** The files the command writes: a new output is one more line here. */
export function outputsOf(cmd: GenerateCommand): NamedFile[] {
  return [
    ...(cmd.json && cmd.json !== "-" ? [{ name: "--json", path: cmd.json }] : []),
    ...(cmd.out ? [{ name: "--out", path: cmd.out }] : []),
    ...(cmd.docx ? [{ name: "--docx", path: cmd.docx }] : []),
  ];
}

/**
 * Why the outputs cannot be written as asked, or undefined when they can: an output may not be an
 * input (it would be overwritten), another output (one would overwrite the other) or a folder.
 * Checked before anything is written; the inputs must exist.
 */
export function outputPathProblem(
  inputs: readonly NamedFile[],
  outputs: readonly NamedFile[],
): string | undefined {
  const seen = inputs.map((file) => ({ file, id: identify(file.path), isInput: true }));
  for (const file of outputs) {
    const id = identify(file.path);
    if (id.kind === "folder") return `${file.name} är en mapp: ange en fil`;
    if (id.kind === "under-file") return `${file.name}: ${id.file} är ingen mapp`;
    const clash = seen.find((s) => s.id.kind !== "under-file" && s.id.key === id.key);
    if (clash?.isInput)
      return `${file.name} får inte vara indatafilen (${clash.file.name}): den skulle skrivas över`;
    if (clash) return `${clash.file.name} och ${file.name} får inte vara samma fil`;
    seen.push({ file, id, isInput: false });
  }
  return undefined;
}

/** Which file a path names: two paths naming the same file have the same key. */
type Identity = { kind: "file" | "folder" | "new"; key: string } | { kind: "under-file"; file: string };

/**
 * A file that exists is its device and inode, after symbolic links: that also catches hard links, and
 * names that differ in case on a file system that ignores case. A file still to be written is the
 * nearest folder that exists (by device and inode) and the names below it, case and Unicode form
 * folded: two new names that differ only so are one file on Windows and macOS, and refusing them
 * costs nothing elsewhere. The path is resolved as the writer resolves it.
 */
function identify(path: string): Identity {
  const absolute = resolve(path);
  const stats = statIfThere(absolute);
  if (stats) return { kind: stats.isDirectory() ? "folder" : "file", key: `${stats.dev}:${stats.ino}` };
  const below = [basename(absolute)];
  for (let folder = dirname(absolute); ; folder = dirname(folder)) {
    const found = statIfThere(folder);
    if (found && !found.isDirectory()) return { kind: "under-file", file: folder };
    if (found) {
      const names = below.join("/").normalize("NFC").toLowerCase();
      return { kind: "new", key: `${found.dev}:${found.ino}/${names}` };
    }
    if (dirname(folder) === folder) throw new Error(`cannot read the root of ${absolute}`);
    below.unshift(basename(folder));
  }
}

/** The file's status, or undefined when there is none (also when a folder on the way is a file). */
function statIfThere(path: string): BigIntStats | undefined {
  try {
    return statSync(path, { bigint: true });
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    throw e;
  }
}
