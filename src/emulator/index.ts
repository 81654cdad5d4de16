/**
 * An in-memory, strict emulator of the part of the Excel JavaScript API the add-in uses, for tests in
 * Node and for the browser harness. Strict where Excel is: properties are readable only after load and
 * sync; writes wait for sync and run in order; request and response payloads over 5 MB, and ranges over
 * 5 million cells, fail the sync; strings become formulas, numbers, dates and booleans as Excel parses
 * them; protected sheets refuse changes; a very hidden sheet cannot be deleted; while a cell is being
 * edited requests fail (or wait, when asked to); members of requirement sets the emulated Excel lacks
 * throw ApiNotFound. Errors have the shape of OfficeExtension.Error. No Node built-ins: everything here
 * runs in a browser bundle.
 */
export type { Emulator, EmulatorOptions, EmulatorRunOptions } from "./emulator";
export { createEmulator } from "./emulator";
export type { SecondWriter } from "./second-writer";
export { addSheet, deleteSheet, insertRows, renameSheet, sortRows, typeRow } from "./second-writer";
export type { RefusedCalls } from "./refused-calls";
export type { EmulatorStats, SyncRecord } from "./batch";
export type { EmulatorDebugInfo, EmulatorErrorCode } from "./errors";
export { EmulatorError, hasErrorCode } from "./errors";
export type {
  BorderFormat,
  CellBlock,
  CellFormat,
  CellScalar,
  EmulatedCell,
  EmulatedChart,
  EmulatedSheet,
  EmulatedWorkbook,
  PaperType,
  ProtectionOptions,
  SheetVisibility,
} from "./model";
export { createSheet, createWorkbook, findSheet, MAX_COLUMNS, MAX_ROWS } from "./model";
export type { CellStore } from "./cell-store";
export { lazyCells, SparseCellStore } from "./cell-store";
export type { RequirementSets, Requirements } from "./requirements";
export { createRequirements, DEFAULT_REQUIREMENTS } from "./requirements";
export { CELL_LIMIT, PAYLOAD_LIMIT } from "./payload";
export { loadXlsx, saveXlsx } from "./xlsx";
export type { SnapshotKind } from "./snapshot";
export { formulaCells, snapshot } from "./snapshot";
