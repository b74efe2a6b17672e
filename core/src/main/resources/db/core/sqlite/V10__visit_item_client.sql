-- The client of a visit item, copied from its visit: the category-gaps report finds whether a client
-- ever used a category by one index search per (category, client) instead of pairing every item of
-- the period's clients with its visit's client and de-duplicating the pairs (a sort of ~1 million
-- rows at a million visits). Only this immutable fact is copied: a visit's client never changes
-- (refused below), while its status and start do change, so the reports still read those from the
-- visit. VisitLines.insert writes the column; the trigger is the backstop for any other writer.
-- SQLite cannot add a NOT NULL column without a default, so the trigger also refuses NULL.
ALTER TABLE visit_item ADD COLUMN client_id INTEGER;
UPDATE visit_item SET client_id = (SELECT v.client_id FROM visit v WHERE v.id = visit_item.visit_id);

-- Serves the report's search (salon_id = ? AND category = ? AND client_id = ?), covering the visit
-- id it checks next; its prefix (salon_id, category) also serves the "next category after this one"
-- search of V8's index, which it replaces.
DROP INDEX visit_item_salon_category;
CREATE INDEX visit_item_salon_category_client ON visit_item (salon_id, category, client_id, visit_id);

CREATE TRIGGER visit_item_client_insert BEFORE INSERT ON visit_item
WHEN NEW.client_id IS NOT (SELECT v.client_id FROM visit v WHERE v.id = NEW.visit_id)
BEGIN
    SELECT RAISE(ABORT, 'visit_item_client');
END;

CREATE TRIGGER visit_item_client_update BEFORE UPDATE OF client_id, visit_id ON visit_item
WHEN NEW.client_id IS NOT (SELECT v.client_id FROM visit v WHERE v.id = NEW.visit_id)
BEGIN
    SELECT RAISE(ABORT, 'visit_item_client');
END;

CREATE TRIGGER visit_client_fixed BEFORE UPDATE OF client_id ON visit
WHEN NEW.client_id IS NOT OLD.client_id
BEGIN
    SELECT RAISE(ABORT, 'visit_client_fixed');
END;
