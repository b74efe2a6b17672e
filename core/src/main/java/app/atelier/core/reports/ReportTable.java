package app.atelier.core.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * A report as one table, for CSV export: named, typed columns and rows of values. Money columns
 * hold minor units and are written in major units of the salon's currency; rate columns hold basis
 * points and are written as percentages.
 */
public record ReportTable(String name, List<Column> columns, List<List<Object>> rows) {

    public enum Kind { TEXT, NUMBER, MONEY, RATE, DATE }

    public record Column(String name, Kind kind) {
    }

    public ReportTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** Builds a table column by column, then row by row. */
    static final class Builder {
        private final String name;
        private final List<Column> columns = new ArrayList<>();
        private final List<List<Object>> rows = new ArrayList<>();

        Builder(String name) {
            this.name = name;
        }

        Builder text(String column) {
            columns.add(new Column(column, Kind.TEXT));
            return this;
        }

        Builder number(String column) {
            columns.add(new Column(column, Kind.NUMBER));
            return this;
        }

        Builder money(String column) {
            columns.add(new Column(column, Kind.MONEY));
            return this;
        }

        Builder rate(String column) {
            columns.add(new Column(column, Kind.RATE));
            return this;
        }

        Builder date(String column) {
            columns.add(new Column(column, Kind.DATE));
            return this;
        }

        Builder row(Object... values) {
            if (values.length != columns.size()) {
                throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
            }
            rows.add(java.util.Arrays.asList(values));
            return this;
        }

        ReportTable build() {
            return new ReportTable(name, columns, rows);
        }
    }

    /**
     * RFC 4180 CSV with a header row, CRLF line ends; money in major units of {@code currency}
     * (header suffixed with the code), rates as percentages with two decimals (header suffixed "%").
     * A text cell that a spreadsheet would run as a formula (=, +, -, @) gets a leading apostrophe.
     */
    public String toCsv(String currency) {
        int digits = fractionDigits(currency);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            String header = switch (c.kind()) {
                case MONEY -> c.name() + " (" + currency + ")";
                case RATE -> c.name() + " (%)";
                default -> c.name();
            };
            out.append(i == 0 ? "" : ",").append(escape(header));
        }
        out.append("\r\n");
        for (List<Object> row : rows) {
            for (int i = 0; i < columns.size(); i++) {
                out.append(i == 0 ? "" : ",").append(cell(columns.get(i).kind(), row.get(i), digits));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static String cell(Kind kind, Object value, int digits) {
        if (value == null) {
            return "";
        }
        return switch (kind) {
            case MONEY -> BigDecimal.valueOf(((Number) value).longValue(), digits).toPlainString();
            case RATE -> BigDecimal.valueOf(((Number) value).longValue(), 2).setScale(2, RoundingMode.UNNECESSARY).toPlainString();
            case NUMBER -> value instanceof BigDecimal d ? d.toPlainString() : value.toString();
            case DATE -> value instanceof LocalDate d ? d.toString() : value.toString();
            case TEXT -> escape(defuse(value.toString()));
        };
    }

    private static String defuse(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static String escape(String text) {
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static int fractionDigits(String currency) {
        try {
            return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException | NullPointerException e) {
            return 2;
        }
    }
}
