import {
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Money, Unit } from "../core/money";
import type { ExplanationAbout } from "../core/read/explanation-about";
import { amountProblemText, formatAmountInput, parseAmountInput } from "./amount-input";
import type { ExplanationInput } from "./explanation-edits";
import { TEXTS } from "./texts";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS },
});

/** The form's labels: an explanation's or an adjustment's (TEXTS.explanations, TEXTS.adjustments). */
type EntryTexts = {
  level: string;
  text: string;
  amount: (unit: Unit) => string;
  textMissing: string;
};

type Props = {
  levels: readonly string[];
  /** the sheet's unit: the amount is typed, shown and stored in it */
  unit: Unit;
  initial: { level: string; text: string; amount?: Money; about?: ExplanationAbout };
  /**
   * An explanation's "Avser" choice; absent for an adjustment. `addsColumn`: the explanations sheet has
   * no "Avser" column, and an explanation of the change adds one.
   */
  about?: { addsColumn: boolean };
  texts?: EntryTexts;
  /** the form's accessible name */
  label?: string;
  submitLabel: string;
  onSubmit: (input: ExplanationInput) => void;
  onCancel?: () => void;
};

/**
 * Level, text, amount in the sheet's unit, and for an explanation what it explains (the deviation or
 * the forecast change), checked before anything is written to the workbook. The explanations' and the
 * adjustments' form alike.
 */
export function ExplanationForm({
  levels,
  unit,
  initial,
  about: aboutField,
  texts = TEXTS.explanations,
  label,
  submitLabel,
  onSubmit,
  onCancel,
}: Props) {
  const styles = useStyles();
  const [level, setLevel] = useState(initial.level);
  const [about, setAbout] = useState<ExplanationAbout>(initial.about ?? "deviation");
  const [text, setText] = useState(initial.text);
  const [amountText, setAmountText] = useState(
    initial.amount === undefined ? "" : formatAmountInput(initial.amount, unit),
  );
  const [touched, setTouched] = useState(false);
  const entry = parseAmountInput(amountText, unit);
  const amount = entry.ok ? entry.amount : undefined;
  const textError = touched && text.trim() === "" ? texts.textMissing : undefined;
  const amountError = touched && !entry.ok ? amountProblemText(entry.problem, unit) : undefined;
  return (
    <form
      className={styles.form}
      {...(label ? { "aria-label": label } : {})}
      onSubmit={(e) => {
        e.preventDefault();
        setTouched(true);
        if (text.trim() !== "" && amount !== undefined)
          onSubmit({ level, text: text.trim(), amount, ...(aboutField ? { about } : {}) });
      }}
    >
      <Field label={texts.level}>
        <Select value={level} onChange={(_, d) => setLevel(d.value)}>
          {levels.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={texts.text} validationMessage={textError}>
        <Input value={text} onChange={(_, d) => setText(d.value)} />
      </Field>
      <Field label={texts.amount(unit)} validationMessage={amountError}>
        <Input value={amountText} inputMode="decimal" onChange={(_, d) => setAmountText(d.value)} />
      </Field>
      {aboutField ? (
        <Field
          label={TEXTS.explanations.about}
          hint={
            about === "forecastChange" && aboutField.addsColumn
              ? TEXTS.explanations.aboutAddsColumn
              : undefined
          }
        >
          <RadioGroup
            layout="horizontal"
            value={about}
            onChange={(_, d) => setAbout(d.value === "forecastChange" ? "forecastChange" : "deviation")}
          >
            <Radio value="deviation" label={TEXTS.explanations.aboutDeviation} />
            <Radio value="forecastChange" label={TEXTS.explanations.aboutChange} />
          </RadioGroup>
        </Field>
      ) : null}
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary">
          {submitLabel}
        </Button>
        {onCancel ? <Button onClick={onCancel}>{TEXTS.explanations.cancel}</Button> : null}
      </div>
    </form>
  );
}
