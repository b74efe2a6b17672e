-- Discount rules, their targets and spend tiers; personal discounts; the append-only manual discount log.
-- Every row carries salon_id and every query is scoped by it. Booleans are 0/1 integers, dates ISO text,
-- instants epoch milliseconds, money minor units, percents basis points.
CREATE TABLE discounts_rule (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    salon_id         BIGINT       NOT NULL,
    name             VARCHAR(100) NOT NULL,
    kind             VARCHAR(10)  NOT NULL,
    value            BIGINT,
    target_type      VARCHAR(20)  NOT NULL,
    combines         INTEGER      NOT NULL,
    active           INTEGER      NOT NULL,
    valid_from       VARCHAR(10),
    valid_to         VARCHAR(10),
    weekdays         VARCHAR(20),
    hours_from       INTEGER,
    hours_to         INTEGER,
    client_tags      VARCHAR(1100),
    tier_reset_days  INTEGER,
    first_visit_only INTEGER      NOT NULL,
    birthday_before  INTEGER,
    birthday_after   INTEGER,
    channels         VARCHAR(30),
    min_bill         BIGINT,
    created_at       BIGINT       NOT NULL,
    updated_at       BIGINT       NOT NULL
);
CREATE INDEX discounts_rule_salon ON discounts_rule (salon_id, id);

CREATE TABLE discounts_rule_target (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    salon_id  BIGINT NOT NULL,
    rule_id   BIGINT NOT NULL REFERENCES discounts_rule (id),
    item_id   BIGINT,
    category  VARCHAR(100)
);
CREATE INDEX discounts_rule_target_rule ON discounts_rule_target (salon_id, rule_id);

CREATE TABLE discounts_rule_tier (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    salon_id  BIGINT NOT NULL,
    rule_id   BIGINT NOT NULL REFERENCES discounts_rule (id),
    min_spent BIGINT NOT NULL,
    value     BIGINT NOT NULL
);
CREATE INDEX discounts_rule_tier_rule ON discounts_rule_tier (salon_id, rule_id);

CREATE TABLE discounts_personal (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    salon_id    BIGINT       NOT NULL,
    client_id   BIGINT       NOT NULL,
    percent_bp  BIGINT       NOT NULL,
    reason      VARCHAR(200) NOT NULL,
    set_by      BIGINT,
    set_by_role VARCHAR(20),
    set_at      BIGINT       NOT NULL,
    UNIQUE (salon_id, client_id)
);

CREATE TABLE discounts_manual_log (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    salon_id         BIGINT       NOT NULL,
    visit_id         BIGINT       NOT NULL,
    client_id        BIGINT       NOT NULL,
    user_id          BIGINT,
    entry            VARCHAR(10)  NOT NULL,
    amount           BIGINT       NOT NULL,
    percent_bp       BIGINT,
    requested_amount BIGINT,
    reason           VARCHAR(500) NOT NULL,
    created_at       BIGINT       NOT NULL
);
CREATE INDEX discounts_manual_log_time ON discounts_manual_log (salon_id, created_at);
CREATE INDEX discounts_manual_log_visit ON discounts_manual_log (salon_id, visit_id);
