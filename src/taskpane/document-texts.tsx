import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  Checkbox,
  Field,
  Input,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId } from "react";
import { MONTH_NAMES } from "../core/model/period";
import type { SettingsOverride } from "../core/settings/validate-settings";
import { interimMonthsOf, withDocumentText, withInterimMonth } from "./document-choices";
import { TEXTS } from "./texts";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  months: { border: "none", margin: 0, padding: 0, minWidth: 0 },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold },
  // three columns of months fit a 320–380 px pane ("september" the longest)
  grid: { display: "grid", gridTemplateColumns: "repeat(3, minmax(0, 1fr))" },
  month: { "& label": { paddingLeft: 0, paddingRight: 0 } },
});

/** A change of the user's choices, made on the choices as they are when it is carried out. */
export type ChoicesChange = (change: (choices: SettingsOverride) => SettingsOverride) => void;

type Props = {
  choices: SettingsOverride;
  /** the texts the period makes, shown where the user's own would stand */
  made: { title: string; decision: string };
  onChange: ChoicesChange;
};

/**
 * "Rubrik och beslut": the delårsrapport months, the title and the decision sentence as the committee
 * writes them (settings.document); collapsed, as most users keep the made ones.
 */
export function DocumentTexts({ choices, made, onChange }: Props) {
  const styles = useStyles();
  const legend = useId();
  const chosen = interimMonthsOf(choices);
  return (
    <Accordion collapsible>
      <AccordionItem value="texts">
        <AccordionHeader size="small">{TEXTS.document.textsHeading}</AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <fieldset className={styles.months} aria-describedby={`${legend}-hint`}>
            <legend className={styles.legend}>{TEXTS.document.interimMonths}</legend>
            <div className={styles.grid}>
              {MONTH_NAMES.map((name, i) => (
                <Checkbox
                  key={name}
                  className={styles.month}
                  label={name}
                  checked={chosen.includes(i + 1)}
                  onChange={(_, d) => onChange((c) => withInterimMonth(c, i + 1, d.checked === true))}
                />
              ))}
            </div>
            <Caption1 id={`${legend}-hint`}>{TEXTS.document.interimHint}</Caption1>
          </fieldset>
          <Field label={TEXTS.document.ownTitle}>
            <Input
              value={choices.document?.title ?? ""}
              placeholder={made.title}
              onChange={(_, d) => onChange((c) => withDocumentText(c, "title", d.value))}
            />
          </Field>
          <Field label={TEXTS.document.ownDecision}>
            <Textarea
              value={choices.document?.decision ?? ""}
              placeholder={made.decision}
              rows={3}
              resize="vertical"
              onChange={(_, d) => onChange((c) => withDocumentText(c, "decision", d.value))}
            />
          </Field>
          <Caption1>{TEXTS.document.textsHint}</Caption1>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
