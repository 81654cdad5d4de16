// Types of scripts/addin-build.js (plain CommonJS, so webpack.config.js can require it without a compiler).
import type { Compiler } from "webpack";

export type Page = { name: string; entry: string; title: string; officeJs: boolean };
export type StaticFile = { from: string; to: string };

export declare const DEV_URL: string;
export declare const OUTPUT_DIR: string;
export declare const OFFICE_JS_DIR: string;
export declare const PAGES: readonly Page[];
export declare const STATIC_FILES: readonly StaticFile[];
export declare function builtFiles(): string[];
export declare function parseAddinUrl(value: string): string;
export declare function manifestUrls(xml: string): string[];
export declare function productionManifest(xml: string, addinUrl: string): string;
export declare function builtFileForUrl(url: string, baseUrl: string): string | null;
export declare class ManifestUrlCheckPlugin {
  constructor(baseUrl: string);
  apply(compiler: Compiler): void;
}
