import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { formatMoney } from "../core/format";
import type { Money } from "../core/money";
import type { Explanation } from "../core/read/read-explanations";
import type { ExplanationInput } from "./explanation-form";
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
  numbers: { display: "grid", gridTemplateColumns: "repeat(3, auto)", columnGap: tokens.spacingHorizontalM },
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
  const result = analysis.output.result;
  if (!result) return <Text>{TEXTS.explanations.noResult}</Text>;
  const levels = result.levels.map((l) => l.name);
  const sheet = analysis.output.settings.sheets?.find((s) => s.role === "explanations");
  return (
    <div className={styles.step}>
      <Text>{TEXTS.explanations.intro}</Text>
      <Text>{sheet ? TEXTS.explanations.writesTo(sheet.name) : TEXTS.explanations.createsSheet}</Text>
      {result.levels.map((level) => (
        <section key={level.name} className={styles.level} aria-label={level.name}>
          <Text weight="semibold">{level.name}</Text>
          <div className={styles.numbers}>
            <Text>{`${TEXTS.explanations.deviation}: ${tkr(level.forecastDeviation)}`}</Text>
            <Text>{`${TEXTS.explanations.explained}: ${tkr(level.explained)}`}</Text>
            <Text
              className={level.unexplained !== 0 ? styles.unexplained : undefined}
            >{`${TEXTS.explanations.unexplained}: ${tkr(level.unexplained)}`}</Text>
          </div>
          <Table size="small" aria-label={`${TEXTS.tabs.explanations} ${level.name}`}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{TEXTS.explanations.text}</TableHeaderCell>
                <TableHeaderCell className={styles.amount}>{TEXTS.explanations.amount}</TableHeaderCell>
                <TableHeaderCell />
              </TableRow>
            </TableHeader>
            <TableBody>
              {result.explanations
                .filter((e) => e.known && e.level === level.name)
                .map((e) => (
                  <TableRow key={`${e.sheet}!${e.cell}`}>
                    <TableCell>{e.text}</TableCell>
                    <TableCell className={styles.amount}>{tkr(e.amount)}</TableCell>
                    <TableCell>
                      <Button
                        size="small"
                        aria-label={TEXTS.explanations.editLabel(e.text)}
                        onClick={() => setEditing(e)}
                      >
                        {TEXTS.explanations.edit}
                      </Button>{" "}
                      <Button
                        size="small"
                        aria-label={TEXTS.explanations.removeLabel(e.text)}
                        onClick={() => void onRemove(e)}
                      >
                        {TEXTS.explanations.remove}
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
            </TableBody>
          </Table>
        </section>
      ))}
      {editing ? (
        <ExplanationForm
          key={`${editing.sheet}!${editing.cell}`}
          levels={levels}
          initial={{ level: editing.level, text: editing.text, amountText: tkr(editing.amount) }}
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
            initial={{ level: levels[0] ?? "", text: "", amountText: "" }}
            submitLabel={TEXTS.explanations.add}
            onSubmit={(input) => void onAdd(input)}
          />
        </section>
      )}
    </div>
  );
}
