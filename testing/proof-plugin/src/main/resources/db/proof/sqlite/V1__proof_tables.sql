CREATE TABLE proof_checkout (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    salon_id   INTEGER NOT NULL,
    visit_id   INTEGER NOT NULL,
    total      INTEGER NOT NULL
);
CREATE TABLE proof_event_call (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    salon_id   INTEGER NOT NULL,
    event_id   INTEGER NOT NULL,
    type       TEXT    NOT NULL,
    succeeded  INTEGER NOT NULL
);
CREATE TABLE proof_task_run (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    salon_id   INTEGER NOT NULL,
    ran_at     INTEGER NOT NULL
);
CREATE TABLE proof_delivery (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    salon_id   INTEGER NOT NULL,
    recipient  TEXT    NOT NULL,
    body       TEXT    NOT NULL
);
