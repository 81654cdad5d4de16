import { Field, Input, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { MONTH_NAMES, formatPeriod, parsePeriod } from "../core/model/period";
import type { SettingsOverride } from "../core/settings/validate-settings";
import { TEXTS } from "./texts";
import type { Analysis } from "./workflow";

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalM },
});

/** The month the follow-up is for (inferred, changeable) and how the period's budget is made. */
export function PeriodStep({
  analysis,
  onChange,
}: {
  analysis: Analysis;
  onChange: (choices: SettingsOverride) => void;
}) {
  const styles = useStyles();
  const used = analysis.output.settings;
  const period = parsePeriod(used.period ?? "") ?? { year: new Date().getFullYear(), month: 1 };
  const source = analysis.output.result?.periodSource;
  const set = (year: number, month: number): void =>
    onChange({ ...analysis.choices, period: formatPeriod({ year, month }) });
  return (
    <div className={styles.step}>
      <Text>{TEXTS.period.intro}</Text>
      <div className={styles.row}>
        <Field label={TEXTS.period.month}>
          <Select value={String(period.month)} onChange={(_, d) => set(period.year, Number(d.value))}>
            {MONTH_NAMES.map((name, i) => (
              <option key={name} value={String(i + 1)}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={TEXTS.period.year}>
          <Input
            type="number"
            value={String(period.year)}
            onChange={(_, d) => {
              const year = Number(d.value);
              if (Number.isInteger(year) && year >= 1900 && year <= 2999) set(year, period.month);
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
      <Text>
        {used.periodisation === "linear"
          ? TEXTS.period.linear(period.month)
          : used.periodisation === "monthly"
            ? TEXTS.period.monthly
            : TEXTS.period.column}
      </Text>
    </div>
  );
}
