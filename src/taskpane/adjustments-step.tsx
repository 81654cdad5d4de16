import { Button, Field, Input, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { formatMoney } from "../core/format";
import type { Unit } from "../core/money";
import type { AdjustmentInput } from "./adjustment-edits";
import { adjustmentsOf, adjustmentsSheetOf, adjustmentsUnit } from "./adjustment-edits";
import { amountProblemText, parseAmountInput } from "./amount-input";
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
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
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
      <AdjustmentForm
        key={adjustments.length}
        levels={levels}
        unit={adjustmentsUnit(analysis)}
        onSubmit={(input) => void onAdd(input)}
      />
    </section>
  );
}

type FormProps = {
  levels: readonly string[];
  /** the adjustments sheet's unit: the amount is typed and stored in it */
  unit: Unit;
  onSubmit: (input: AdjustmentInput) => void;
};

/** Level, text and amount in the sheet's unit, checked before anything is written to the workbook. */
function AdjustmentForm({ levels, unit, onSubmit }: FormProps) {
  const styles = useStyles();
  const [level, setLevel] = useState(levels[0] ?? "");
  const [text, setText] = useState("");
  const [amountText, setAmountText] = useState("");
  const [touched, setTouched] = useState(false);
  const entry = parseAmountInput(amountText, unit);
  const textError = touched && text.trim() === "" ? TEXTS.adjustments.textMissing : undefined;
  const amountError = touched && !entry.ok ? amountProblemText(entry.problem, unit) : undefined;
  return (
    <form
      className={styles.form}
      aria-label={TEXTS.adjustments.add}
      onSubmit={(e) => {
        e.preventDefault();
        setTouched(true);
        if (text.trim() !== "" && entry.ok) onSubmit({ level, text: text.trim(), amount: entry.amount });
      }}
    >
      <Field label={TEXTS.adjustments.level}>
        <Select value={level} onChange={(_, d) => setLevel(d.value)}>
          {levels.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={TEXTS.adjustments.text} validationMessage={textError}>
        <Input value={text} onChange={(_, d) => setText(d.value)} />
      </Field>
      <Field label={TEXTS.adjustments.amount(unit)} validationMessage={amountError}>
        <Input value={amountText} inputMode="decimal" onChange={(_, d) => setAmountText(d.value)} />
      </Field>
      <div>
        <Button type="submit" appearance="primary">
          {TEXTS.adjustments.add}
        </Button>
      </div>
    </form>
  );
}
