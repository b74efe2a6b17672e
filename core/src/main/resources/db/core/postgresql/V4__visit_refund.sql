-- PostgreSQL edition of db/core/sqlite/V4__visit_refund.sql.
CREATE TABLE visit_refund (
    visit_id     BIGINT  PRIMARY KEY REFERENCES visit (id),
    salon_id     BIGINT  NOT NULL,
    client_id    BIGINT  NOT NULL,
    amount       BIGINT  NOT NULL CHECK (amount >= 0),
    reason       TEXT    NOT NULL,
    refunded_by  BIGINT,
    refunded_at  BIGINT  NOT NULL
);
CREATE INDEX visit_refund_salon_client ON visit_refund (salon_id, client_id);
