/**
 * What detection decided and why, for people and tools: per sheet and role the chosen column (or
 * none), the rule that chose it (a stable English code) and the reason in Swedish, and every column
 * that was passed over with its own rule and reason. It is the result JSON's `detection` and what the
 * pane shows beside each choice.
 */
export type DetectionColumn = { cell: string; header: string };

export type Rejected = DetectionColumn & { rule: string; reason: string };

export type DetectionEntry = {
  sheet: string;
  role: string;
  chosen: DetectionColumn | null;
  rule: string;
  reason: string;
  rejected: Rejected[];
};
