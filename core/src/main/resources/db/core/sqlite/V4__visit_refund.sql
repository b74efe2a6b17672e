-- A refund of a completed visit: append-only, one per visit. The bill stays as it was completed;
-- spend figures subtract refunded visits.
CREATE TABLE visit_refund (
    visit_id     INTEGER PRIMARY KEY REFERENCES visit (id),
    salon_id     INTEGER NOT NULL,
    client_id    INTEGER NOT NULL,
    amount       INTEGER NOT NULL CHECK (amount >= 0),
    reason       TEXT    NOT NULL,
    refunded_by  INTEGER,
    refunded_at  INTEGER NOT NULL
);
CREATE INDEX visit_refund_salon_client ON visit_refund (salon_id, client_id);
