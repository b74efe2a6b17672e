package app.atelier.core.reports;

/** A report that exports as one table (CSV). */
public interface Tabular {
    ReportTable table();
}
