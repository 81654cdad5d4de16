import type { Theme } from "@fluentui/react-components";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";

/** Dark when Office's body background is dark (Office's own themes: white, colourful, dark grey, black). */
export function themeFor(bodyBackgroundColor: string | undefined): Theme {
  const hex = /^#?([0-9a-f]{6})$/i.exec(bodyBackgroundColor ?? "")?.[1];
  if (!hex) return webLightTheme;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const luminance = 0.2126 * (r ?? 1) + 0.7152 * (g ?? 1) + 0.0722 * (b ?? 1);
  return luminance < 0.5 ? webDarkTheme : webLightTheme;
}
