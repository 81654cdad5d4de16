// The Excel add-in's build: `npm run build` (production, into dist/addin/) and `npm start` (the https dev server
// on https://localhost:3000). Two pages: the task pane Excel opens, and the harness that runs the same pane
// against an emulated workbook in any browser. Everything is served from the add-in's own address except
// office.js, which the task pane loads from the Office CDN (or OFFICE_JS_URL, a mirror of it); only the
// development build that the offline tests serve uses the npm package's copy. The content security policy
// (contentSecurityPolicy in scripts/addin-build.js) lets the pages reach nothing else.
"use strict";
const { join, relative } = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const {
  DEV_URL,
  OUTPUT_DIR,
  OFFICE_JS_DIR,
  PAGES,
  STATIC_FILES,
  officeJsSource,
  pageOptions,
  parseAddinUrl,
  productionManifest,
  ManifestUrlCheckPlugin,
} = require("./scripts/addin-build.js");

const OFFICE_JS_DIST = join(__dirname, "node_modules", "@microsoft", "office-js", "dist");

// React, React DOM and Fluent UI with what they are built on: one chunk that both pages load.
const REACT_AND_FLUENT =
  /[\\/]node_modules[\\/](react|react-dom|scheduler|@fluentui|@griffel|@emotion[\\/]hash|@floating-ui|@swc[\\/]helpers|tabster|keyborg|stylis|rtl-css-js|use-sync-external-store|use-disposable)[\\/]/;

/**
 * The npm copy for the development build: office.js, the Excel host files it loads by platform, its strings per
 * language, and the mapping table it loads when no Office host is around (without it `Office.onReady` never
 * resolves in a plain browser, as in the end-to-end tests); no debug builds. Not a mirror for Excel: the
 * package leaves out telemetry/ and AgaveErrorUX/, and is frozen (see the README's "Installera").
 */
function officeJsFiles() {
  return [
    { from: "office.js", to: `${OFFICE_JS_DIR}/office.js` },
    { from: "o15apptofilemappingtable.js", to: `${OFFICE_JS_DIR}/o15apptofilemappingtable.js` },
    { from: "excel-*.js", to: `${OFFICE_JS_DIR}/[name][ext]` },
    { from: "*/office_strings.js", to: `${OFFICE_JS_DIR}/[path][name][ext]` },
  ].map((pattern) => ({
    ...pattern,
    context: OFFICE_JS_DIST,
    globOptions: { ignore: ["**/*.debug.js"] },
    info: { minimized: true },
  }));
}

/** The add-in's address in this build: the dev server's, or ADDIN_URL for production (if given). */
function addinUrl(production) {
  if (!production) return DEV_URL;
  const value = process.env.ADDIN_URL;
  if (value === undefined || value === "") return null;
  try {
    return parseAddinUrl(value);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  }
}

/** Where the pages load office.js from (OFFICE_JS_URL, the CDN, or the npm copy), or exit with the reason. */
function officeJs(production, serve) {
  try {
    return officeJsSource({ production, serve, env: process.env });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  }
}

module.exports = (env, argv) => {
  const production = argv.mode === "production";
  const url = addinUrl(production);
  // `webpack serve` (npm start) says so in env; the https settings are made only then (they may create the
  // development certificate).
  const serve = Boolean(env?.WEBPACK_SERVE);
  const office = officeJs(production, serve);

  return {
    mode: production ? "production" : "development",
    context: __dirname,
    target: ["web", "es2020"],
    entry: Object.fromEntries(PAGES.map((page) => [page.name, page.entry])),
    output: {
      path: OUTPUT_DIR,
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    // No eval-based source maps: the content security policy forbids eval.
    devtool: production ? false : "cheap-module-source-map",
    resolve: { extensions: [".tsx", ".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: { configFile: join(__dirname, "tsconfig.webpack.json") },
        },
      ],
    },
    optimization: {
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          reactFluent: { test: REACT_AND_FLUENT, name: "react-fluent", chunks: "initial", priority: 20 },
        },
      },
    },
    plugins: [
      ...PAGES.map(
        (page) =>
          new HtmlWebpackPlugin({
            filename: `${page.name}.html`,
            template: "src/web/page.html",
            chunks: [page.name],
            ...pageOptions(page, office.url),
          }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          ...STATIC_FILES.map((file) => ({ from: file.from, to: file.to })),
          ...(office.local ? officeJsFiles() : []),
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              production && url ? productionManifest(content.toString(), url) : content,
          },
        ],
      }),
      ...(url ? [new ManifestUrlCheckPlugin(url)] : []),
      ...(production && !url ? [new MissingAddinUrlWarning()] : []),
    ],
    performance: { hints: false },
    stats: {
      preset: production ? "normal" : "minimal",
      excludeAssets: [
        (name) => name.startsWith(`${OFFICE_JS_DIR}/`) && name !== `${OFFICE_JS_DIR}/office.js`,
      ],
      modules: false,
    },
    infrastructureLogging: { level: "warn" },
    devServer: serve && !production ? devServer(office.url) : undefined,
  };
};

/** Production without ADDIN_URL: the manifest in dist/addin/ still points at localhost, say so. */
class MissingAddinUrlWarning {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("MissingAddinUrlWarning", (compilation) => {
      compilation.warnings.push(
        new compiler.webpack.WebpackError(
          `ADDIN_URL saknas: ${relative(process.cwd(), join(OUTPUT_DIR, "manifest.xml"))} pekar på ${DEV_URL}. ` +
            "Bygg med ADDIN_URL=https://… npm run build (no ADDIN_URL: the manifest still points at localhost).",
        ),
      );
    });
  }
}

function devServer(officeJsUrl) {
  const { devHttpsServer } = require("./scripts/dev-https.js");
  const https = devHttpsServer();
  return {
    host: "localhost",
    port: 3000,
    server: https.server,
    static: false,
    hot: false,
    liveReload: true,
    client: { overlay: { errors: true, warnings: false }, logging: "warn" },
    onListening: () => {
      const manifest = join(__dirname, "manifest.xml");
      console.log(
        [
          "",
          `Budgetrapport: utvecklingsservern kör på ${DEV_URL}/ (development server running)`,
          `  Manifest att läsa in i Excel (sideload this manifest): ${manifest}`,
          `    även (also) ${DEV_URL}/manifest.xml`,
          `  Provbänken i webbläsaren (the harness): ${DEV_URL}/harness.html`,
          `  Åtgärdsfönstret (the task pane): ${DEV_URL}/taskpane.html`,
          `    office.js: ${officeJsUrl}`,
          `  ${https.description}`,
          "  Stoppa med Ctrl+C (stop with Ctrl+C)",
          "",
        ].join("\n"),
      );
    },
  };
}
