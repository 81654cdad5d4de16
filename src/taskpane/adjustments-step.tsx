import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { formatMoney } from "../core/format";
import type { AdjustmentInput } from "./adjustment-edits";
import { adjustmentsOf, adjustmentsSheetOf, adjustmentsUnit } from "./adjustment-edits";
import { ExplanationForm } from "./explanation-form";
import { TEXTS } from "./texts";
import type { Analysis } from "./workflow";

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  item: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    columnGap: tokens.spacingHorizontalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: `${tokens.spacingVerticalXXS} 0`,
  },
  amount: { textAlign: "right", whiteSpace: "nowrap" },
});

type Props = { analysis: Analysis; onAdd: (input: AdjustmentInput) => Promise<void> };

/** The adjustments (justeringar) of the period's result, and a form that adds one to the sheet. */
export function AdjustmentsStep({ analysis, onAdd }: Props) {
  const styles = useStyles();
  const result = analysis.output.result;
  if (!result) return <Text>{TEXTS.explanations.noResult}</Text>;
  const levels = result.levels.map((l) => l.name);
  const sheet = adjustmentsSheetOf(analysis);
  const adjustments = adjustmentsOf(analysis);
  return (
    <section className={styles.step} aria-label={TEXTS.adjustments.title}>
      <Text>{TEXTS.adjustments.intro}</Text>
      {adjustments.length === 0 ? (
        <Text>{TEXTS.adjustments.none}</Text>
      ) : (
        <ul className={styles.list} aria-label={TEXTS.adjustments.list}>
          {adjustments.map((a) => (
            <li key={`${a.sheet}!${a.cell}`} className={styles.item}>
              <Text>{`${a.level}: ${a.text}`}</Text>
              <Text className={styles.amount}>{formatMoney(a.amount, "tkr")}</Text>
            </li>
          ))}
        </ul>
      )}
      <Text>{sheet ? TEXTS.adjustments.writesTo(sheet.name) : TEXTS.adjustments.createsSheet}</Text>
      <Text weight="semibold">{TEXTS.adjustments.add}</Text>
      <ExplanationForm
        key={adjustments.length}
        levels={levels}
        unit={adjustmentsUnit(analysis)}
        initial={{ level: levels[0] ?? "", text: "" }}
        texts={TEXTS.adjustments}
        label={TEXTS.adjustments.add}
        submitLabel={TEXTS.adjustments.add}
        onSubmit={(input) => void onAdd(input)}
      />
    </section>
  );
}
