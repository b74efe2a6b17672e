-- Staff tasks, and the indexes the reports (app.atelier.core.reports) read through.

-- A to-do for the salon's people: "call Anna, sleeping for 60 days". due_date is a salon-local
-- calendar date (YYYY-MM-DD), like staff_day_off.day; done_at is an instant (epoch millis).
-- Removing a user keeps their tasks, unassigned.
CREATE TABLE task (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    salon_id     INTEGER NOT NULL REFERENCES salon (id),
    title        TEXT    NOT NULL,
    notes        TEXT,
    client_id    INTEGER REFERENCES client (id),
    assignee_id  INTEGER REFERENCES app_user (id) ON DELETE SET NULL,
    due_date     TEXT,
    origin       TEXT    NOT NULL DEFAULT 'manual',
    done_at      INTEGER,
    done_by      INTEGER,
    created_by   INTEGER,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
);
CREATE INDEX task_salon_assignee_due ON task (salon_id, assignee_id, due_date);
CREATE INDEX task_salon_due ON task (salon_id, due_date);
CREATE INDEX task_salon_client ON task (salon_id, client_id);

-- The reports (app.atelier.core.reports) read these; each covers the columns its queries need, so
-- that a period's visits (by status and start), a client's history (by status and client), the
-- categories of a visit and the bills of a client are read from the index alone.
CREATE INDEX visit_salon_status_start ON visit (salon_id, status, start_at, client_id, staff_id, end_at);
CREATE INDEX visit_salon_status_client ON visit (salon_id, status, client_id, start_at, staff_id);
CREATE INDEX visit_item_salon_visit ON visit_item (salon_id, visit_id, category);
CREATE INDEX bill_salon_client_total ON bill (salon_id, client_id, total);
