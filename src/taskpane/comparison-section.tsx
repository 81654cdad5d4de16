import { Field, Select, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { SettingsOverride } from "../core/settings/validate-settings";
import { withCompareWith } from "./choices";
import { comparisonView } from "./comparison";
import { TEXTS } from "./texts";
import type { Analysis } from "./workflow";

const useStyles = makeStyles({
  // minWidth 0: a long snapshot label must not widen the select past the pane
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  select: { width: "100%", minWidth: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/**
 * The forecast the report compares with: the snapshots the workbook keeps (period, when made), the
 * user's pick of one of them or the automatic rule, and what the result actually uses. The pick is the
 * setting compareWith, saved with the other choices when the report is generated.
 */
export function ComparisonSection({
  analysis,
  onChange,
}: {
  analysis: Analysis;
  onChange: (choices: SettingsOverride) => void;
}) {
  const styles = useStyles();
  const { chosen, options, used, problems } = comparisonView(analysis);
  return (
    <section className={styles.section} aria-label={TEXTS.comparison.title}>
      <Subtitle2>{TEXTS.comparison.title}</Subtitle2>
      {options.length === 0 ? (
        <Text>{TEXTS.comparison.noneKept}</Text>
      ) : (
        <>
          <Text weight="semibold">{TEXTS.comparison.kept}</Text>
          <ul className={styles.list} aria-label={TEXTS.comparison.kept}>
            {options.map((o) => (
              <li key={o.value}>{o.label}</li>
            ))}
          </ul>
        </>
      )}
      <Field
        label={TEXTS.comparison.choose}
        hint={chosen === undefined ? TEXTS.comparison.automaticRule : undefined}
        {...(problems.length > 0
          ? { validationState: "error" as const, validationMessage: problems.join(" ") }
          : {})}
      >
        <Select
          className={styles.select}
          value={chosen ?? ""}
          onChange={(_, d) =>
            onChange(withCompareWith(analysis.choices, d.value === "" ? undefined : d.value))
          }
        >
          <option value="">{TEXTS.comparison.automatic}</option>
          {options.map((o) => (
            // a snapshot the engine would refuse is shown, not offered (unless it is the saved choice)
            <option key={o.value} value={o.value} disabled={!o.usable && o.value !== chosen}>
              {o.label}
            </option>
          ))}
        </Select>
      </Field>
      {used !== undefined ? <Text role="status">{used}</Text> : null}
    </section>
  );
}
