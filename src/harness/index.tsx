import { FluentProvider, Spinner, webLightTheme } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import type { EmulatedWorkbook } from "../emulator";
import { loadXlsx } from "../emulator";
import { Harness } from "./harness";

const EXAMPLE = "assets/exempel-socialnamnden-2024-04.xlsx";

function HarnessPage() {
  const [loaded, setLoaded] = useState<{ workbook: EmulatedWorkbook; name: string }>();
  const [problem, setProblem] = useState<string>();
  const open = useCallback(async (bytes: Promise<ArrayBuffer>, name: string) => {
    try {
      setLoaded({ workbook: await loadXlsx(await bytes), name });
    } catch (e) {
      setProblem(`Kunde inte öppna ${name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }, []);
  const example = useCallback(
    () =>
      void open(
        fetch(EXAMPLE).then((r) => r.arrayBuffer()),
        "exempel-socialnamnden-2024-04.xlsx",
      ),
    [open],
  );
  useEffect(example, [example]);
  return (
    <FluentProvider theme={webLightTheme}>
      {loaded ? (
        <Harness
          key={loaded.name + String(loaded.workbook.sheets.length)}
          workbook={loaded.workbook}
          name={loaded.name}
          onOpen={(f) => void open(f.arrayBuffer(), f.name)}
          onExample={example}
          theme={webLightTheme}
        />
      ) : (
        <Spinner label={problem ?? "Öppnar exemplet …"} />
      )}
    </FluentProvider>
  );
}

const element = document.getElementById("root");
if (element) createRoot(element).render(<HarnessPage />);
