// Types of scripts/addin-build.js (plain CommonJS, so webpack.config.js can require it without a compiler).
import type { Compiler } from "webpack";

export type Page = { name: string; entry: string; title: string; officeJs: boolean; guard: boolean };
export type StaticFile = { from: string; to: string };
/** Where a build's pages load office.js from, and whether the build copies the npm files for it. */
export type OfficeJsSource = { url: string; local: boolean };
/** The options page.html is rendered with (`htmlWebpackPlugin.options`). */
export type PageOptions = { title: string; guard: string | null; officeJs: string | null; csp: string };

export declare const DEV_URL: string;
export declare const OUTPUT_DIR: string;
export declare const OFFICE_JS_DIR: string;
export declare const OFFICE_JS_CDN: string;
export declare const PAGES: readonly Page[];
export declare const GUARD_FILE: string;
export declare const STATIC_FILES: readonly StaticFile[];
export declare function builtFiles(): string[];
export declare function parseAddinUrl(value: string): string;
export declare function parseOfficeJsUrl(value: string): string;
export declare function officeJsSource(build: {
  production: boolean;
  serve: boolean;
  env: Record<string, string | undefined>;
}): OfficeJsSource;
export declare function contentSecurityPolicy(officeJsUrl: string | null): string;
export declare function pageOptions(page: Page, officeJsUrl: string): PageOptions;
export declare function manifestUrls(xml: string): string[];
export declare function productionManifest(xml: string, addinUrl: string): string;
export declare function builtFileForUrl(url: string, baseUrl: string): string | null;
export declare class ManifestUrlCheckPlugin {
  constructor(baseUrl: string);
  apply(compiler: Compiler): void;
}
