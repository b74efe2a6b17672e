-- PostgreSQL edition of db/core/sqlite/V8__report_indexes.sql.
CREATE INDEX visit_item_salon_category ON visit_item (salon_id, category);
