/**
 * Sizes of what would travel between the add-in and Excel, as UTF-8 bytes of JSON. Measured without
 * building the JSON, and abandoned once past a limit, so that an oversized request is refused as
 * quickly as Excel refuses it rather than after minutes of serialising.
 */

/** Excel's limit on a request and on a response (Excel on the web; the emulator applies it everywhere). */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** Excel's limit on the cells of one range read or written at once. */
export const CELL_LIMIT = 5_000_000;

/** UTF-8 length of a string as a JSON string literal, quotes and escapes included. */
export function jsonStringBytes(s: string): number {
  let n = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22 || c === 0x5c) n += 2;
    else if (c < 0x20) n += 6;
    else if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * JSON length of a number. Integers are counted with arithmetic only: no conversion to text and no
 * global (Math, Number, String) lookups, which are slow inside Jest's sandbox and this runs per cell.
 */
export function numberBytes(n: number): number {
  // NaN and ±Infinity (JSON null); `Infinity` itself is a global lookup.
  if (n - n !== 0) return 4;
  if (n % 1 === 0 && n < 1e15 && n > -1e15) {
    let digits = n < 0 ? 2 : 1;
    for (let a = n < 0 ? -n : n; a >= 10; a = (a - (a % 10)) / 10) digits++;
    return digits;
  }
  return String(n).length;
}

/** JSON length of one cell's value. */
export function scalarBytes(v: string | number | boolean | null): number {
  if (typeof v === "number") return numberBytes(v);
  if (typeof v === "string") return jsonStringBytes(v);
  if (v === null) return 4;
  return v ? 4 : 5;
}

/**
 * Bytes of JSON.stringify(value), counting stops a little past `stopAfter` (the result is then only
 * known to exceed it). Objects with toJSON are measured through it, as JSON.stringify would.
 */
export function jsonBytes(value: unknown, stopAfter = Infinity): number {
  let total = 0;
  const visit = (v: unknown): void => {
    if (total > stopAfter) return;
    if (v === null || v === undefined) total += 4;
    else if (typeof v === "string") total += jsonStringBytes(v);
    else if (typeof v === "number") total += numberBytes(v);
    else if (typeof v === "boolean") total += v ? 4 : 5;
    else if (Array.isArray(v)) {
      total += 2 + Math.max(0, v.length - 1);
      for (const item of v as unknown[]) {
        visit(item);
        if (total > stopAfter) return;
      }
    } else if (typeof v === "object") {
      const withJson = v as { toJSON?: () => unknown };
      if (typeof withJson.toJSON === "function") return visit(withJson.toJSON());
      const entries = Object.entries(v).filter(([, x]) => x !== undefined && typeof x !== "function");
      total += 2 + Math.max(0, entries.length - 1);
      for (const [key, x] of entries) {
        total += jsonStringBytes(key) + 1;
        visit(x);
      }
    } else total += 4;
  };
  visit(value);
  return total;
}
