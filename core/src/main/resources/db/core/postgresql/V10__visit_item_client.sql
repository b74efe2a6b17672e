-- PostgreSQL edition of db/core/sqlite/V10__visit_item_client.sql: the client of a visit item,
-- copied from its visit (immutable: a visit's client never changes), for the category-gaps report.
ALTER TABLE visit_item ADD COLUMN client_id BIGINT;
UPDATE visit_item i SET client_id = v.client_id FROM visit v WHERE v.id = i.visit_id;
ALTER TABLE visit_item ALTER COLUMN client_id SET NOT NULL;

DROP INDEX visit_item_salon_category;
CREATE INDEX visit_item_salon_category_client ON visit_item (salon_id, category, client_id, visit_id);

-- Backstops for any writer other than VisitLines.insert: an item's client is its visit's, and a
-- visit's client does not change.
CREATE FUNCTION visit_item_client_check() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.client_id IS DISTINCT FROM (SELECT v.client_id FROM visit v WHERE v.id = NEW.visit_id) THEN
        RAISE EXCEPTION 'visit_item_client';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER visit_item_client BEFORE INSERT OR UPDATE OF client_id, visit_id ON visit_item
    FOR EACH ROW EXECUTE FUNCTION visit_item_client_check();

CREATE FUNCTION visit_client_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.client_id IS DISTINCT FROM OLD.client_id THEN
        RAISE EXCEPTION 'visit_client_fixed';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER visit_client_fixed BEFORE UPDATE OF client_id ON visit
    FOR EACH ROW EXECUTE FUNCTION visit_client_fixed();
