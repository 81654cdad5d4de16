import { Button, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Money } from "../core/money";
import { moneyFromDecimalString } from "../core/money";
import { parseSwedishNumber } from "../core/read/parse-number";
import { TEXTS } from "./texts";

/** An explanation as the user enters it: the amount in kronor, read from what they typed in tkr. */
export type ExplanationInput = { level: string; text: string; amount: Money };

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS },
});

type Props = {
  levels: readonly string[];
  initial: { level: string; text: string; amountText: string };
  submitLabel: string;
  onSubmit: (input: ExplanationInput) => void;
  onCancel?: () => void;
};

/** Level, text and amount in tkr, checked before anything is written to the workbook. */
export function ExplanationForm({ levels, initial, submitLabel, onSubmit, onCancel }: Props) {
  const styles = useStyles();
  const [level, setLevel] = useState(initial.level);
  const [text, setText] = useState(initial.text);
  const [amountText, setAmountText] = useState(initial.amountText);
  const [touched, setTouched] = useState(false);
  const decimal = parseSwedishNumber(amountText);
  const amount = decimal === undefined ? undefined : moneyFromDecimalString(decimal, "tkr").money;
  const textError = touched && text.trim() === "" ? TEXTS.explanations.textMissing : undefined;
  const amountError = touched && amount === undefined ? TEXTS.explanations.notANumber : undefined;
  return (
    <form
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        setTouched(true);
        if (text.trim() !== "" && amount !== undefined) onSubmit({ level, text: text.trim(), amount });
      }}
    >
      <Field label={TEXTS.explanations.level}>
        <Select value={level} onChange={(_, d) => setLevel(d.value)}>
          {levels.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={TEXTS.explanations.text} validationMessage={textError}>
        <Input value={text} onChange={(_, d) => setText(d.value)} />
      </Field>
      <Field label={TEXTS.explanations.amount} validationMessage={amountError}>
        <Input value={amountText} inputMode="decimal" onChange={(_, d) => setAmountText(d.value)} />
      </Field>
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary">
          {submitLabel}
        </Button>
        {onCancel ? <Button onClick={onCancel}>{TEXTS.explanations.cancel}</Button> : null}
      </div>
    </form>
  );
}
