-- PostgreSQL edition of db/core/sqlite/V8__visit_staff_index.sql.
CREATE INDEX visit_staff_start ON visit (staff_id, start_at);
