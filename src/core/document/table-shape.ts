import type { DocumentTable } from "./document-layout";

/**
 * A first column of text `firstPercent` wide and the figures sharing the rest, right-aligned; the shares
 * add up to exactly 100 (the last figure column takes the rounding).
 */
export function widths(count: number, firstPercent: number): DocumentTable["columns"] {
  const figures = count - 1;
  if (figures <= 0) return [{ widthPercent: 100, align: "left" }];
  const each = Math.floor((100 - firstPercent) / figures);
  const last = 100 - firstPercent - each * (figures - 1);
  return [
    { widthPercent: firstPercent, align: "left" },
    ...Array.from({ length: figures }, (_, i) => ({
      widthPercent: i === figures - 1 ? last : each,
      align: "right" as const,
    })),
  ];
}
