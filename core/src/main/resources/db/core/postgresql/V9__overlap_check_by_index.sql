-- Nothing changes on PostgreSQL: its double-booking backstop is the exclusion constraint, which
-- finds overlaps through its own GiST index (the SQLite triggers of this version needed rewriting
-- to use an index). The file keeps the two sets of core migrations at the same versions.
SELECT 1;
