-- Indexes for the reports (app.atelier.core.reports); each is justified by a query plan in the README's
-- report benchmark section.

-- The service categories a salon's visits ever had, one index lookup per category (a recursive "next
-- category after this one"), instead of reading every visit item of the salon: the category-gaps
-- report numbers the categories before it pairs clients with them.
CREATE INDEX visit_item_salon_category ON visit_item (salon_id, category);
