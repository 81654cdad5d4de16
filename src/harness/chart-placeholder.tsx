import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { EmulatedChart } from "../emulator";

const useStyles = makeStyles({
  box: {
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    padding: tokens.spacingHorizontalS,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

/**
 * A chart as the emulator records it (it draws nothing): its title, kind, series and place, so that one
 * sees that the report has a chart and what it shows.
 */
export function ChartPlaceholder({ chart }: { chart: EmulatedChart }) {
  const styles = useStyles();
  const series = Object.values(chart.seriesNames ?? {}).join(", ");
  const place = chart.position
    ? `${chart.position.start}${chart.position.end ? `:${chart.position.end}` : ""}`
    : "ej placerat";
  return (
    <figure className={styles.box} aria-label={`Diagram: ${chart.title ?? chart.name}`} style={{ margin: 0 }}>
      <Text weight="semibold">{`Diagram: ${chart.title ?? chart.name}`}</Text>
      <Text size={200}>
        {/* Not its source: the emulator records it under the sheet's name while the report was being written. */}
        {`${chart.type}${series ? `, serier: ${series}` : ""}, på ${place}. Provbänken ritar inte diagram.`}
      </Text>
    </figure>
  );
}
