-- The double-booking backstop looked at every earlier visit of the master (no salon_id in the
-- condition, so no index fitted: 60 ms per booking at a million visits). A master's visits that
-- are not cancelled never overlap one another, so of those starting before the new end the latest
-- also ends latest: checking that one, found through visit_salon_staff_start, is exact and instant.
DROP TRIGGER visit_no_overlap_insert;
DROP TRIGGER visit_no_overlap_update;

CREATE TRIGGER visit_no_overlap_insert BEFORE INSERT ON visit
WHEN NEW.status NOT IN ('cancelled') AND EXISTS (
    SELECT 1 FROM (
        SELECT v.end_at FROM visit v
        WHERE v.salon_id = NEW.salon_id AND v.staff_id = NEW.staff_id AND v.status <> 'cancelled'
          AND v.start_at < NEW.end_at
        ORDER BY v.start_at DESC LIMIT 1)
    WHERE end_at > NEW.start_at)
BEGIN
    SELECT RAISE(ABORT, 'visit_overlap');
END;

CREATE TRIGGER visit_no_overlap_update BEFORE UPDATE OF start_at, end_at, staff_id, status ON visit
WHEN NEW.status NOT IN ('cancelled') AND EXISTS (
    SELECT 1 FROM (
        SELECT v.end_at FROM visit v
        WHERE v.salon_id = NEW.salon_id AND v.staff_id = NEW.staff_id AND v.id <> NEW.id AND v.status <> 'cancelled'
          AND v.start_at < NEW.end_at
        ORDER BY v.start_at DESC LIMIT 1)
    WHERE end_at > NEW.start_at)
BEGIN
    SELECT RAISE(ABORT, 'visit_overlap');
END;
