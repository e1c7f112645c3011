package dk.partnerskab.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Adds a series up to a coarser frequency. A period of the result is complete when every one of
 * its shorter periods has a value; an incomplete one still gets a value from those present (SUM
 * and AVERAGE from the present ones, LAST from the latest present) and is marked, so a chart can
 * show a year whose December is not in yet differently from a finished one.
 */
public final class Aggregator {

    private static final int SCALE = 4;

    /** One aggregated period. */
    public record Point(Period period, BigDecimal value, boolean complete, int periodsWithValues) {}

    private Aggregator() {}

    public static List<Point> aggregate(Map<Period, BigDecimal> series, Aggregation aggregation, Frequency to) {
        SortedMap<Period, List<Map.Entry<Period, BigDecimal>>> buckets = new TreeMap<>();
        for (Map.Entry<Period, BigDecimal> e : new TreeMap<>(series).entrySet()) {
            buckets.computeIfAbsent(e.getKey().within(to), k -> new ArrayList<>())
                    .add(e);
        }
        List<Point> points = new ArrayList<>();
        buckets.forEach((bucket, values) -> {
            Period first = values.get(0).getKey();
            int expected = first.countIn(to);
            BigDecimal value = switch (aggregation) {
                case SUM -> values.stream().map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
                case AVERAGE ->
                    values.stream()
                            .map(Map.Entry::getValue)
                            .reduce(BigDecimal.ZERO, BigDecimal::add)
                            .divide(BigDecimal.valueOf(values.size()), SCALE, RoundingMode.HALF_UP);
                case LAST -> values.get(values.size() - 1).getValue();
            };
            boolean complete = values.size() == expected;
            points.add(new Point(bucket, plain(value), complete, values.size()));
        });
        return points;
    }

    /** Values of one period in several areas as one value for all of them: counts add up, rates average. */
    public static BigDecimal acrossAreas(List<BigDecimal> values, Aggregation aggregation) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return aggregation == Aggregation.AVERAGE
                ? plain(sum.divide(BigDecimal.valueOf(values.size()), SCALE, RoundingMode.HALF_UP))
                : plain(sum);
    }

    /** 10 rather than 10.0000 or 1E+1. */
    public static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
