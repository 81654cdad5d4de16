import js from "@eslint/js";
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier";

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "coverage/", "out/"] },
  js.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/switch-exhaustiveness-check": [
        "error",
        { considerDefaultExhaustiveForUnions: true },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "ExportDefaultDeclaration", message: "Use named exports." },
      ],
    },
  },
  {
    // The engine runs the same in the task pane, the command line and the tests: it may import
    // nothing but decimal.js and itself.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["exceljs", "react", "react-dom", "@fluentui/*", "@microsoft/office-js"],
              message: "core/ is pure.",
            },
            {
              group: ["node:*", "fs", "path", "os", "child_process", "process"],
              message: "core/ is pure: no Node modules.",
            },
            {
              group: ["**/io/**", "**/cli/**", "**/taskpane/**"],
              message: "core/ never imports adapters or fronts.",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", "process", "require", "Buffer", "Office", "Excel"],
    },
  },
  // The engine's stages import one way: values ← detect ← read ← compute ← report.
  ...[
    ["src/core/values/**/*.ts", ["**/detect/**", "**/read/**", "**/compute/**", "**/report/**"]],
    ["src/core/detect/**/*.ts", ["**/read/**", "**/compute/**", "**/report/**"]],
    ["src/core/read/**/*.ts", ["**/compute/**", "**/report/**"]],
    ["src/core/compute/**/*.ts", ["**/report/**"]],
  ].map(([files, later]) => ({
    files: [files],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: later,
              message: "The engine's stages import one way: values ← detect ← read ← compute ← report.",
            },
            {
              group: ["exceljs", "react", "react-dom", "@fluentui/*", "@microsoft/office-js"],
              message: "core/ is pure.",
            },
            {
              group: ["node:*", "fs", "path", "os", "child_process", "process"],
              message: "core/ is pure: no Node modules.",
            },
            {
              group: ["**/io/**", "**/cli/**", "**/taskpane/**"],
              message: "core/ never imports adapters or fronts.",
            },
          ],
        },
      ],
    },
  })),
  {
    files: ["**/*.js", "**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        console: "readonly",
        __dirname: "readonly",
        URL: "readonly",
      },
    },
  },
  prettier,
);
