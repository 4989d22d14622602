-- The audit page lists one plan's entries newest first, a page at a time: this index finds them
-- without reading the rest of the trail (the rowid, id, follows at in the index).
CREATE INDEX IF NOT EXISTS audit_log_by_plan ON audit_log (plan_id, at);
