import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { DeleteRegular, EditRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { formatMoney } from "../core/format";
import type { Money } from "../core/money";
import type { ExplanationAbout } from "../core/read/explanation-about";
import type { Explanation } from "../core/read/read-explanations";
import type { ExplanationInput } from "./explanation-edits";
import { explanationsSheetOf, explanationsUnit } from "./explanation-edits";
import { ExplanationForm } from "./explanation-form";
import { TEXTS } from "./texts";
import type { Analysis } from "./workflow";

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  level: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
  },
  numbers: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    columnGap: tokens.spacingHorizontalM,
    margin: `${tokens.spacingVerticalXS} 0`,
    "& dd": { margin: 0 },
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  item: {
    display: "grid",
    gridTemplateColumns: "1fr auto auto",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: `${tokens.spacingVerticalXXS} 0`,
  },
  unexplained: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  amount: { textAlign: "right", whiteSpace: "nowrap" },
});

type Props = {
  analysis: Analysis;
  onAdd: (input: ExplanationInput) => Promise<void>;
  onUpdate: (explanation: Explanation, input: ExplanationInput) => Promise<void>;
  onRemove: (explanation: Explanation) => Promise<void>;
};

const tkr = (m: Money): string => formatMoney(m, "tkr");

/** Per level: its forecast deviation, what the explanations cover, what is left; the list, editable. */
export function ExplanationsStep({ analysis, onAdd, onUpdate, onRemove }: Props) {
  const styles = useStyles();
  const [editing, setEditing] = useState<Explanation | undefined>();
  // the level last added to: the next explanation starts there (a level's explanations come in runs)
  const [lastLevel, setLastLevel] = useState<string | undefined>();
  const result = analysis.output.result;
  if (!result) return <Text>{TEXTS.explanations.noResult}</Text>;
  const levels = result.levels.map((l) => l.name);
  const sheet = explanationsSheetOf(analysis);
  const unit = explanationsUnit(analysis);
  const addsAboutColumn = sheet?.columns.about === undefined;
  const ofLevel = (name: string, about: ExplanationAbout): Explanation[] =>
    result.explanations.filter((e) => e.known && e.about === about && e.level === name);
  const unreconciled =
    result.previous === null && result.explanations.some((e) => e.about === "forecastChange");
  const item = (e: Explanation) => (
    <li key={`${e.sheet}!${e.cell}`} className={styles.item}>
      <Text>{e.text}</Text>
      <Text className={styles.amount}>{tkr(e.amount)}</Text>
      <span>
        <Button
          size="small"
          appearance="subtle"
          icon={<EditRegular />}
          aria-label={TEXTS.explanations.editLabel(e.text)}
          title={TEXTS.explanations.edit}
          onClick={() => setEditing(e)}
        />
        <Button
          size="small"
          appearance="subtle"
          icon={<DeleteRegular />}
          aria-label={TEXTS.explanations.removeLabel(e.text)}
          title={TEXTS.explanations.remove}
          onClick={() => void onRemove(e)}
        />
      </span>
    </li>
  );
  return (
    <div className={styles.step}>
      <Text>{TEXTS.explanations.intro}</Text>
      <Text>{sheet ? TEXTS.explanations.writesTo(sheet.name) : TEXTS.explanations.createsSheet}</Text>
      {unreconciled ? <Text>{TEXTS.explanations.changeNotReconciled}</Text> : null}
      {result.levels.map((level) => (
        <section key={level.name} className={styles.level} aria-label={level.name}>
          <Text weight="semibold">{level.name}</Text>
          <dl className={styles.numbers}>
            <dt>{TEXTS.explanations.deviation}</dt>
            <dd className={styles.amount}>{tkr(level.forecastDeviation)}</dd>
            <dt>{TEXTS.explanations.explained}</dt>
            <dd className={styles.amount}>{tkr(level.explained)}</dd>
            <dt className={level.unexplained !== 0 ? styles.unexplained : undefined}>
              {TEXTS.explanations.unexplained}
            </dt>
            <dd
              className={level.unexplained !== 0 ? `${styles.amount} ${styles.unexplained}` : styles.amount}
            >
              {tkr(level.unexplained)}
            </dd>
          </dl>
          <ul className={styles.list} aria-label={`${TEXTS.tabs.explanations} ${level.name}`}>
            {ofLevel(level.name, "deviation").map(item)}
          </ul>
          {level.forecastDeviationChange !== null || ofLevel(level.name, "forecastChange").length > 0 ? (
            <>
              <dl className={styles.numbers}>
                <dt>{TEXTS.explanations.change}</dt>
                <dd className={styles.amount}>
                  {level.forecastDeviationChange === null ? "–" : tkr(level.forecastDeviationChange)}
                </dd>
                {level.changeExplained !== null && level.changeUnexplained !== null ? (
                  <>
                    <dt>{TEXTS.explanations.changeExplained}</dt>
                    <dd className={styles.amount}>{tkr(level.changeExplained)}</dd>
                    <dt className={level.changeUnexplained !== 0 ? styles.unexplained : undefined}>
                      {TEXTS.explanations.changeUnexplained}
                    </dt>
                    <dd
                      className={
                        level.changeUnexplained !== 0
                          ? `${styles.amount} ${styles.unexplained}`
                          : styles.amount
                      }
                    >
                      {tkr(level.changeUnexplained)}
                    </dd>
                  </>
                ) : null}
              </dl>
              <ul className={styles.list} aria-label={`${TEXTS.explanations.change} ${level.name}`}>
                {ofLevel(level.name, "forecastChange").map(item)}
              </ul>
            </>
          ) : null}
        </section>
      ))}
      {editing ? (
        <ExplanationForm
          key={`${editing.sheet}!${editing.cell}`}
          levels={levels}
          unit={unit}
          initial={{ level: editing.level, text: editing.text, amount: editing.amount, about: editing.about }}
          about={{ addsColumn: addsAboutColumn }}
          submitLabel={TEXTS.explanations.save}
          onSubmit={(input) => void onUpdate(editing, input).then(() => setEditing(undefined))}
          onCancel={() => setEditing(undefined)}
        />
      ) : (
        <section aria-label={TEXTS.explanations.add}>
          <Text weight="semibold">{TEXTS.explanations.add}</Text>
          <ExplanationForm
            key={result.explanations.length}
            levels={levels}
            unit={unit}
            initial={{
              level: lastLevel !== undefined && levels.includes(lastLevel) ? lastLevel : (levels[0] ?? ""),
              text: "",
            }}
            about={{ addsColumn: addsAboutColumn }}
            submitLabel={TEXTS.explanations.add}
            onSubmit={(input) => {
              setLastLevel(input.level);
              void onAdd(input);
            }}
          />
        </section>
      )}
    </div>
  );
}
