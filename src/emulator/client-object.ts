/**
 * The proxy objects' common part, and the heart of the strictness: a property is readable only after
 * it was loaded and a sync delivered it; every change is an operation queued until sync. A proxy finds
 * its target (a sheet, a range, a chart) when its first operation runs, and keeps that target, as Excel
 * keeps an object path bound to the object it found.
 */
import type { Batch } from "./batch";
import { EmulatorError, itemNotFound, propertyNotLoaded } from "./errors";
import type { Execution } from "./execution";
import { jsonStringBytes } from "./payload";
import { requireExcelApi } from "./requirements";

/** Finds the target at sync; undefined when it does not exist. */
export type Locator<T> = (exec: Execution) => T | undefined;

export type Readers<T, P> = { [K in keyof P]-?: (target: T, exec: Execution) => P[K] };

export interface ProxySpec<T, P> {
  /** Excel's type name, for error locations: "Range", "Worksheet". */
  typeName: string;
  readers: Readers<T, P>;
  /** ExcelApi version of properties newer than 1.1 (checked when read, loaded and set). */
  propertyApi?: Partial<Record<keyof P, string>>;
  /** Properties whose readers charge the response themselves, row by row (big grids). */
  selfCharged?: readonly (keyof P)[];
}

/** The argument forms of load(): "a,b/c", ["a", "b/c"], { select: "a" } or { a: true, b: { c: true } }. */
export type LoadOption = string | string[] | { [key: string]: unknown };

export interface Loadable {
  load(option?: LoadOption): unknown;
}

export function loadPaths(option: LoadOption | undefined): string[] {
  if (option === undefined) return [];
  if (typeof option === "string")
    return option
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== "");
  if (Array.isArray(option)) return option.flatMap((s) => loadPaths(s));
  if (typeof option.select === "string") return loadPaths(option.select);
  const paths: string[] = [];
  for (const [key, v] of Object.entries(option)) {
    if (key.startsWith("$")) continue;
    if (v === true) paths.push(key);
    else if (typeof v === "object" && v !== null)
      paths.push(...loadPaths(v as { [key: string]: unknown }).map((p) => `${key}/${p}`));
  }
  return paths;
}

export abstract class ClientObject<T, P extends object> {
  private readonly loaded = new Map<keyof P, unknown>();
  private nullState: boolean | undefined = undefined;
  private memo: { target: T } | undefined = undefined;

  protected constructor(
    protected readonly batch: Batch,
    private readonly spec: ProxySpec<T, P>,
    /** How the add-in reached this object, for statements and errors. */
    protected readonly path: string,
    private readonly locator: Locator<T>,
    orNull = false,
  ) {
    if (orNull)
      // *OrNullObject results are instantiated by the sync after their creation, so isNullObject is known then.
      batch.enqueue({
        statement: path,
        request: { path },
        run: (exec) => {
          const found = this.locate(exec) !== undefined;
          exec.onSuccess(() => (this.nullState = !found));
        },
      });
  }

  /** True when an *OrNullObject method found nothing. Known only after a sync. */
  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded(this.spec.typeName, "isNullObject");
    return this.nullState;
  }

  /** The loaded properties, like office.js's toJSON. */
  toJSON(): { [key: string]: unknown } {
    const json: { [key: string]: unknown } = {};
    for (const [key, value] of this.loaded) json[String(key)] = value;
    return json;
  }

  load(option?: LoadOption): this {
    const scalars: (keyof P)[] = [];
    const names = Object.keys(this.spec.readers) as (keyof P & string)[];
    const paths = loadPaths(option);
    if (paths.length === 0) scalars.push(...names);
    for (const path of paths) {
      const [head = "", ...rest] = path.split("/");
      const child = this.child(head);
      if (child !== undefined) child.load(rest.length === 0 ? undefined : rest.join("/"));
      else if (rest.length === 0 && (names as string[]).includes(head)) scalars.push(head as keyof P);
      else throw this.unknownMember(path);
    }
    if (scalars.length > 0) this.enqueueLoad([...new Set(scalars)]);
    return this;
  }

  /** Navigation properties reachable in load paths ("format/font/bold"). */
  protected child(name: string): Loadable | undefined {
    void name;
    return undefined;
  }

  protected unknownMember(name: string): EmulatorError {
    return new EmulatorError(
      "NotImplemented",
      `The emulator does not model ${this.spec.typeName}.${name} (or Excel has no such property).`,
      `${this.spec.typeName}.${name}`,
    );
  }

  private enqueueLoad(props: (keyof P)[]): void {
    this.batch.enqueue({
      statement: `${this.path}.load(${props.map(String).join(",")})`,
      request: { path: this.path, load: props },
      run: (exec) => this.readInto(exec, props),
    });
  }

  /** Reads `props` at sync and stages them for delivery when the sync succeeds. */
  private readInto(exec: Execution, props: (keyof P)[]): void {
    const target = this.locate(exec);
    if (target === undefined) {
      exec.onSuccess(() => (this.nullState = true));
      return;
    }
    const values = new Map<keyof P, unknown>();
    // The response is an object per loaded object: {"prop":value,…}.
    exec.charge(2 + props.length - 1);
    for (const prop of props) {
      this.checkApi(prop, exec);
      exec.charge(jsonStringBytes(String(prop)) + 1);
      const value = this.spec.readers[prop](target, exec);
      if (this.spec.selfCharged?.includes(prop) !== true) exec.respond(value);
      values.set(prop, value);
    }
    exec.onSuccess(() => {
      this.nullState = false;
      for (const [k, v] of values) this.loaded.set(k, v);
    });
  }

  /** Items of a collection are loaded by the collection's own load. */
  protected static loadItem<T, P extends object>(
    item: ClientObject<T, P>,
    exec: Execution,
    props: string[],
  ): void {
    const names = Object.keys(item.spec.readers);
    const chosen = props.length === 0 ? names : props;
    for (const p of chosen) if (!names.includes(p)) throw item.unknownMember(p);
    item.readInto(exec, chosen as (keyof P)[]);
  }

  protected read<K extends keyof P>(prop: K): P[K] {
    // A null object's properties read as undefined in office.js, whatever was loaded.
    if (this.nullState === true) return undefined as P[K];
    if (!this.loaded.has(prop)) throw propertyNotLoaded(this.spec.typeName, String(prop));
    return this.loaded.get(prop) as P[K];
  }

  private checkApi(prop: keyof P, exec: Execution): void {
    const version = this.spec.propertyApi?.[prop];
    if (version !== undefined)
      requireExcelApi(exec.requirements, `${this.spec.typeName}.${String(prop)}`, version);
  }

  /** Queues a property change; it happens at sync, in order with everything else. */
  protected write<K extends keyof P>(
    prop: K,
    value: unknown,
    apply: (target: T, exec: Execution) => void,
  ): void {
    // Office.js would echo the value just set; what Excel stores can differ ("=x" becomes a formula,
    // "0510" a number), so the emulator makes the property unreadable until it is loaded again.
    this.loaded.delete(prop);
    this.batch.enqueue({
      statement: `${this.path}.${String(prop)} = ${preview(value)}`,
      request: { path: this.path, set: prop, value },
      run: (exec) => {
        this.checkApi(prop, exec);
        const target = this.locate(exec);
        if (target !== undefined) apply(target, exec);
      },
    });
  }

  /** Queues a method call. */
  protected call(method: string, args: unknown[], apply: (target: T, exec: Execution) => void): void {
    this.batch.enqueue({
      statement: `${this.path}.${method}(${args.map(preview).join(", ")})`,
      request: { path: this.path, call: method, args },
      run: (exec) => {
        const target = this.locate(exec);
        if (target !== undefined) apply(target, exec);
      },
    });
  }

  /** Checks, when the add-in calls a member, that the emulated Excel has it (office.js does this too). */
  protected requireApi(member: string, version: string): void {
    requireExcelApi(this.batch.state.requirements, `${this.spec.typeName}.${member}`, version);
  }

  /** A still-valid target (a deleted sheet is not); override where targets can die. */
  protected alive(target: T, exec: Execution): boolean {
    void target;
    void exec;
    return true;
  }

  /**
   * The target at sync. Undefined for a null object, or an object reached through one: operations on
   * it are ignored, as office.js sends them against a null path. Locators throw ItemNotFound themselves
   * where Excel would.
   */
  protected locate(exec: Execution): T | undefined {
    if (this.memo !== undefined) {
      if (this.alive(this.memo.target, exec)) return this.memo.target;
      throw itemNotFound(`${this.path} no longer exists.`, this.spec.typeName);
    }
    const target = this.locator(exec);
    if (target !== undefined) this.memo = { target };
    return target;
  }

  /** The locator of this object, for the objects reached through it. */
  protected get locateSelf(): Locator<T> {
    return (exec) => this.locate(exec);
  }

  /** The target of another proxy given as an argument (a range for freezeAt, setPosition, …). */
  protected static targetOf<T, P extends object>(
    proxy: ClientObject<T, P>,
    batch: Batch,
    exec: Execution,
  ): T | undefined {
    if (proxy.batch !== batch)
      throw new EmulatorError(
        "InvalidRequestContext",
        "Cannot use the object across different request contexts.",
      );
    return proxy.locate(exec);
  }
}

/** Short form of an argument for statements (never the whole of a big array). */
function preview(value: unknown): string {
  if (Array.isArray(value)) return `[${value.length} rows]`;
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === "object" && value !== null) return "{…}";
  return String(value);
}
