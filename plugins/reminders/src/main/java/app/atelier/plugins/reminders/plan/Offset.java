package app.atelier.plugins.reminders.plan;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long before a visit a message goes: {@code 2h} is two hours of elapsed time, {@code 1d} is
 * one calendar day in the salon's zone (the same wall-clock time the day before, which is 23 or 25
 * hours across a DST change: "a day before" means what the salon's clients mean by it).
 *
 * @param amount how many units, positive
 * @param days   true for calendar days, false for hours
 */
public record Offset(int amount, boolean days) {
    private static final Pattern ONE = Pattern.compile("([0-9]{1,4})\\s*([hd])");

    public Offset {
        if (amount <= 0) {
            throw new IllegalArgumentException("an offset must be positive");
        }
    }

    /** The moment this offset before {@code start}, calendar days counted in {@code zone}. */
    public Instant before(Instant start, ZoneId zone) {
        return days ? start.atZone(zone).minusDays(amount).toInstant() : start.minus(Duration.ofHours(amount));
    }

    /** The nominal length in hours (a day counts 24), for ordering and limits. */
    public long nominalHours() {
        return days ? 24L * amount : amount;
    }

    /** The text form, e.g. {@code 2h} or {@code 1d}; also the offset's part of a dedup key. */
    public String label() {
        return amount + (days ? "d" : "h");
    }

    @Override
    public String toString() {
        return label();
    }

    /**
     * The settings pattern of a list of at most {@code max} offsets, each an {@code h} or {@code d}
     * offset written as {@code hours} or {@code days} (regular expressions of the numbers allowed,
     * without leading zeros), separated as {@link #parseList} separates them. A value it accepts is
     * one {@link #parseList} reads; the host refuses any other at save time.
     */
    public static String listPattern(String hours, String days, int max) {
        String one = "(?:(?:" + hours + ")h|(?:" + days + ")d)";
        return "(?i)[,;\\s]*" + one + "(?:[,;\\s]+" + one + "){0," + (max - 1) + "}[,;\\s]*";
    }

    /**
     * Parses one offset such as {@code 24h} or {@code 1d} within {@code [minHours, maxHours]}.
     *
     * @throws IllegalArgumentException with a message for a person
     */
    public static Offset parse(String text, long minHours, long maxHours) {
        List<Offset> list = parseList(text, minHours, maxHours);
        if (list.size() != 1) {
            throw new IllegalArgumentException("must be one offset such as 24h or 1d");
        }
        return list.get(0);
    }

    /**
     * Parses a list such as {@code "24h, 2h"}: hours ({@code h}) or calendar days ({@code d}), each
     * within {@code [minHours, maxHours]} (a day counting 24 hours), duplicates dropped, longest
     * first.
     *
     * @throws IllegalArgumentException with a message for a person
     */
    public static List<Offset> parseList(String text, long minHours, long maxHours) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("must list at least one offset such as 2h or 24h,2h");
        }
        Set<Offset> offsets = new LinkedHashSet<>();
        for (String part : text.toLowerCase(Locale.ROOT).split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            Matcher m = ONE.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException("'" + part + "' is not an offset: write hours as 2h or days as 1d");
            }
            Offset offset = new Offset(Integer.parseInt(m.group(1)), m.group(2).equals("d"));
            if (offset.nominalHours() < minHours || offset.nominalHours() > maxHours) {
                throw new IllegalArgumentException("'" + part + "' is outside " + minHours + "h to " + maxHours + "h");
            }
            offsets.add(offset);
        }
        if (offsets.isEmpty()) {
            throw new IllegalArgumentException("must list at least one offset such as 2h or 24h,2h");
        }
        if (offsets.size() > 10) {
            throw new IllegalArgumentException("at most 10 offsets");
        }
        List<Offset> sorted = new ArrayList<>(offsets);
        sorted.sort(Comparator.comparingLong(Offset::nominalHours).reversed().thenComparing(Offset::days));
        return List.copyOf(sorted);
    }
}
