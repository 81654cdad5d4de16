import { Field, Input, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { MONTH_NAMES, formatPeriod, parsePeriod } from "../core/model/period";
import type { SettingsOverride } from "../core/settings/validate-settings";
import { ComparisonSection } from "./comparison-section";
import { TEXTS } from "./texts";
import type { Analysis } from "./workflow";

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalM },
});

/** A month and year being chosen: either may still be empty. */
type Draft = { month?: number; year?: number };

/**
 * The month the follow-up is for (inferred, changeable) and how the period's budget is made. When the
 * engine found no period it is an empty choice that must be made, with the engine's reason: never a
 * month the user did not see chosen. Below it, the earlier forecast the report compares with.
 */
export function PeriodStep({
  analysis,
  onChange,
}: {
  analysis: Analysis;
  onChange: (choices: SettingsOverride) => void;
}) {
  const styles = useStyles();
  const used = analysis.output.settings;
  const known = parsePeriod(used.period ?? "");
  const [draft, setDraft] = useState<Draft>({});
  // the year as typed: "20" on the way to "2025" is no year yet, but stays in the box
  const [yearText, setYearText] = useState(known ? String(known.year) : "");
  const month = known?.month ?? draft.month;
  const year = known?.year ?? draft.year;
  const reason = analysis.output.issues.find(
    (i) => i.code === "period-unknown" || i.code === "period-saved-contradicted",
  );
  const source = analysis.output.result?.periodSource;
  const set = (next: Draft): void => {
    setDraft(next);
    if (next.month !== undefined && next.year !== undefined)
      onChange({ ...analysis.choices, period: formatPeriod({ year: next.year, month: next.month }) });
  };
  const missing = known === undefined;
  return (
    <div className={styles.step}>
      <Text>{TEXTS.period.intro}</Text>
      {missing && reason ? <Text weight="semibold">{reason.message}</Text> : null}
      <div className={styles.row}>
        <Field
          label={TEXTS.period.month}
          required={missing}
          {...(missing && month === undefined
            ? { validationState: "error" as const, validationMessage: TEXTS.period.chooseMonth }
            : {})}
        >
          <Select
            value={month === undefined ? "" : String(month)}
            onChange={(_, d) => {
              const m = Number(d.value);
              if (d.value !== "" && Number.isInteger(m)) set({ month: m, year });
            }}
          >
            {month === undefined ? <option value="">{TEXTS.period.choose}</option> : null}
            {MONTH_NAMES.map((name, i) => (
              <option key={name} value={String(i + 1)}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label={TEXTS.period.year}
          required={missing}
          {...(missing && year === undefined
            ? { validationState: "error" as const, validationMessage: TEXTS.period.chooseYear }
            : {})}
        >
          <Input
            type="number"
            value={yearText}
            placeholder="ÅÅÅÅ"
            onChange={(_, d) => {
              setYearText(d.value);
              const y = Number(d.value);
              if (Number.isInteger(y) && y >= 1900 && y <= 2999) set({ month, year: y });
            }}
          />
        </Field>
      </div>
      {source && "sheet" in source ? (
        <Text>
          {TEXTS.period.detected(
            `${source.sheet}!${source.cell}`,
            "header" in source ? source.header : undefined,
          )}
        </Text>
      ) : null}
      {month === undefined ? null : (
        <Text>
          {used.periodisation === "linear"
            ? TEXTS.period.linear(month)
            : used.periodisation === "monthly"
              ? TEXTS.period.monthly
              : TEXTS.period.column}
        </Text>
      )}
      <ComparisonSection analysis={analysis} onChange={onChange} />
    </div>
  );
}
