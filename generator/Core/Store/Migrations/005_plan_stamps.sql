-- Each plan's content stamp: a number that grows whenever anything a plan's snapshot is read from
-- changes (its row, tasks, goals and their items, indicators, actuals, links, budget, exchanges,
-- e-signature months, target revisions in the audit trail, its agency, the city's name). A reader
-- that kept a plan with its stamp reads it again only when the stamp moved; commits that touch no
-- plan content (sessions, users, other audit entries, releases) leave every stamp as it was.
-- A new stamp is always above every stamp given before, so a plan's stamp never returns to a value
-- it had; a deleted plan's row stays, so a plan that reuses its id starts above it too.
CREATE TABLE plan_stamps (
    plan_id  INTEGER PRIMARY KEY,
    stamp    INTEGER NOT NULL
);
CREATE INDEX plan_stamps_by_stamp ON plan_stamps (stamp);
INSERT INTO plan_stamps (plan_id, stamp) SELECT id, 1 FROM plans;

CREATE TRIGGER plan_stamps_plans_insert AFTER INSERT ON plans
BEGIN
    INSERT INTO plan_stamps (plan_id, stamp) SELECT NEW.id, (SELECT coalesce(max(stamp), 0) + 1 FROM plan_stamps) WHERE true
    ON CONFLICT (plan_id) DO UPDATE SET stamp = excluded.stamp;
END;
CREATE TRIGGER plan_stamps_plans_update AFTER UPDATE ON plans
BEGIN
    INSERT INTO plan_stamps (plan_id, stamp) SELECT id, (SELECT coalesce(max(stamp), 0) + 1 FROM plan_stamps) FROM (SELECT OLD.id AS id UNION SELECT NEW.id) WHERE true
    ON CONFLICT (plan_id) DO UPDATE SET stamp = excluded.stamp;
END;
CREATE TRIGGER plan_stamps_plans_delete AFTER DELETE ON plans
BEGIN
    INSERT INTO plan_stamps (plan_id, stamp) SELECT OLD.id, (SELECT coalesce(max(stamp), 0) + 1 FROM plan_stamps) WHERE true
    ON CONFLICT (plan_id) DO UPDATE SET stamp = excluded.stamp;
END;

-- A row of a table a plan is read from stamps its plan: the one it belongs to before and after the change.
CREATE TRIGGER plan_stamps_plan_tasks_insert AFTER INSERT ON plan_tasks
BEGIN
    INSERT INTO plan_stamps (plan_id, stamp) SELECT id, (SELECT coalesce(max(stamp), 0) + 1 FROM plan_stamps) FROM (SELECT NEW.plan_id AS id) WHERE id IS NOT NULL
    ON CONFLICT (plan_id) DO UPDATE SET stamp = excluded.stamp;
END;
CREATE TRIGGER plan_stamps_plan_tasks_update AFTER UPDATE ON plan_tasks
BEGIN
    INSERT INTO plan_stamps (plan_id, stamp) SELECT id, (SELECT coalesce(max(stamp), 0) + 1 FROM plan_stamps) FROM (SELECT OLD.plan_id AS id UNION SELECT NEW.plan_id AS id) WHERE id IS NOT NULL
    ON CONFLICT (plan_id) DO UPDATE SET stamp = excluded.stamp;
END;
CREATE TRIGGER plan_stamps_plan_tasks_delete AFTER DELETE ON plan_tasks
BEGIN
    INSERT INTO plan_stamps (plan_id, stamp) SELECT id, (SELECT coalesce(max(stamp), 0) + 1 FROM plan_stamps) FROM (SELECT OLD.plan_id AS id) WHERE id IS NOT NULL
    ON CONFLICT (plan_id) DO UPDATE SET stamp = excluded.stamp;
END;
CREATE TRIGGER plan_stamps_goals_insert AFTER INSERT ON goals
BEGIN
    INSERT INTO plan_stamps (plan_id, stamp) SELECT id, (SELECT coalesce(max(stamp), 0) + 1 FROM plan_stamps) FROM (SELECT NEW.plan_id AS id) WHERE id IS NOT NULL
    ON CONFLICT (plan_id) DO UPDATE SET stamp = excluded.stamp;
END;
CREATE TRIGGER plan_stamps_goals_update AFTER UPDATE ON goals
BEGIN
    INSERT INTO plan_stamps (plan_id, stamp) SELECT id, (SELECT coalesce(max(stamp), 0) + 1 FROM plan_stamps) FROM (SELECT OLD.plan_id AS id UNION SELECT NEW.plan_id AS id) WHERE id IS NOT NULL
    ON CONFLICT (plan_id) DO UPDATE SET stamp = excluded.stamp;
END;
CREATE TRIGGER plan_stamps_goals_delete AFTER DELETE ON goals
BEGIN
    INSERT INTO plan_stamps (plan_id, stamp) SELECT id, (SELECT coalesce(max(stamp), 0) + 1 FROM plan_stamps) FROM (SELECT OLD.plan_id AS id) WHERE id IS NOT NULL
    ON CONFLICT (plan_id) DO UPDATE SET stamp = excluded.stamp;
END;
CREATE TRIGGER plan_stamps_budget_lines_insert AFTER INSERT ON budget_lines
BEGIN
    INSERT INTO plan_stamps (plan_id, stamp) SELECT id, (SELECT coalesce(max(stamp), 0) + 1 FROM plan_stamps) FROM (SELECT NEW.plan_id AS id) WHERE id IS NOT NULL
    ON CONFLICT (plan_id) DO UPDATE SET stamp = excluded.stamp;
END;
CREATE TRIGGER plan_stamps_budget_lines_update AFTER UPDATE ON budget_lines
BEGIN
    INSERT INTO plan_stamps (plan_id, stamp) SELECT id, (SELECT coalesce(max(stamp), 0) + 1 FROM plan_stamps) FROM (SELECT OLD.plan_id AS id UNION SELECT NEW.plan_id AS id) WHERE id IS NOT NULL
    ON CONFLICT (plan_id) DO UPDATE SET stamp = excluded.stamp;
END;
CREATE TRIGGER plan_stamps_budget_lines_delete AFTER DELETE ON budget_lines
BEGIN
    INSERT INTO plan_stamps (plan_id, stamp) SELECT id, (SELECT coalesce(max(stamp), 0) + 1 FROM plan_stamps) FROM (SELECT OLD.plan_id AS id) WHERE id IS NOT NULL
    ON CONFLICT (plan_id) DO UPDATE SET stamp = excluded.stamp;
END;
CREATE TRIGGER plan_stamps_exchanges_insert AFTER INSERT ON exchanges
BEGIN
    INSERT INTO plan_stamps (plan_id, stamp) SELECT id, (SELECT coalesce(max(stamp), 0) + 1 FROM plan_stamps) FROM (SELECT NEW.plan_id AS id) WHERE id IS NOT NULL
    ON CONFLICT (plan_id) DO UPDATE SET stamp = excluded.stamp;
END;
CREATE TRIGGER plan_stamps_exchanges_update AFTER UPDATE ON exchanges
BEGIN
    INSERT INTO plan_stamps (plan_id, stamp) SELECT id, (SELECT coalesce(max(stamp), 0) + 1 FROM plan_stamps) FROM (SELECT OLD.plan_id AS id UNION SELECT NEW.plan_id AS id) WHERE id IS NOT NULL
    ON CONFLICT (plan_id) DO UPDATE SET stamp = excluded.stamp;
END;
CREATE TRIGGER plan_stamps_exchanges_delete AFTER DELETE ON exchanges
BEGIN
    INSERT INTO plan_stamps (plan_id, stamp) SELECT id, (SELECT coalesce(max(stamp), 0) + 1 FROM plan_stamps) FROM (SELECT OLD.plan_id AS id) WHERE id IS NOT NULL
    ON CONFLICT (plan_id) DO UPDATE SET stamp = excluded.stamp;
END;
CREATE TRIGGER plan_stamps_esignature_months_insert AFTER INSERT ON esignature_months
BEGIN
    INSERT INTO plan_stamps (plan_id, stamp) SELECT id, (SELECT coalesce(max(stamp), 0) + 1 FROM plan_stamps) FROM (SELECT NEW.plan_id AS id) WHERE id IS NOT NULL
    ON CONFLICT (plan_id) DO UPDATE SET stamp = excluded.stamp;
END;
CREATE TRIGGER plan_stamps_esignature_months_update AFTER UPDATE ON esignature_months
BEGIN
    INSERT INTO plan_stamps (plan_id, stamp) SELECT id, (SELECT coalesce(max(stamp), 0) + 1 FROM plan_stamps) FROM (SELECT OLD.plan_id AS id UNION SELECT NEW.plan_id AS id) WHERE id IS NOT NULL
    ON CONFLICT (plan_id) DO UPDATE SET stamp = excluded.stamp;
END;
CREATE TRIGGER plan_stamps_esignature_months_delete AFTER DELETE ON esignature_months
BEGIN
    INSERT INTO plan_stamps (plan_id, stamp) SELECT id, (SELECT coalesce(max(stamp), 0) + 1 FROM plan_stamps) FROM (SELECT OLD.plan_id AS id) WHERE id IS NOT NULL
    ON CONFLICT (plan_id) DO UPDATE SET stamp = excluded.stamp;
END;
CREATE TRIGGER plan_stamps_goal_items_insert AFTER INSERT ON goal_items
BEGIN
    INSERT INTO plan_stamps (plan_id, stamp) SELECT id, (SELECT coalesce(max(stamp), 0) + 1 FROM plan_stamps) FROM (SELECT (SELECT g.plan_id FROM goals g WHERE g.id = NEW.goal_id) AS id) WHERE id IS NOT NULL
    ON CONFLICT (plan_id) DO UPDATE SET stamp = excluded.stamp;
END;
CREATE TRIGGER plan_stamps_goal_items_update AFTER UPDATE ON goal_items
BEGIN
    INSERT INTO plan_stamps (plan_id, stamp) SELECT id, (SELECT coalesce(max(stamp), 0) + 1 FROM plan_stamps) FROM (SELECT (SELECT g.plan_id FROM goals g WHERE g.id = OLD.goal_id) AS id UNION SELECT (SELECT g.plan_id FROM goals g WHERE g.id = NEW.goal_id) AS id) WHERE id IS NOT NULL
    ON CONFLICT (plan_id) DO UPDATE SET stamp = excluded.stamp;
END;
CREATE TRIGGER plan_stamps_goal_items_delete AFTER DELETE ON goal_items
BEGIN
    INSERT INTO plan_stamps (plan_id, stamp) SELECT id, (SELECT coalesce(max(stamp), 0) + 1 FROM plan_stamps) FROM (SELECT (SELECT g.plan_id FROM goals g WHERE g.id = OLD.goal_id) AS id) WHERE id IS NOT NULL
    ON CONFLICT (plan_id) DO UPDATE SET stamp = excluded.stamp;
END;
CREATE TRIGGER plan_stamps_indicators_insert AFTER INSERT ON indicators
BEGIN
    INSERT INTO plan_stamps (plan_id, stamp) SELECT id, (SELECT coalesce(max(stamp), 0) + 1 FROM plan_stamps) FROM (SELECT (SELECT g.plan_id FROM goals g WHERE g.id = NEW.goal_id) AS id) WHERE id IS NOT NULL
    ON CONFLICT (plan_id) DO UPDATE SET stamp = excluded.stamp;
END;
CREATE TRIGGER plan_stamps_indicators_update AFTER UPDATE ON indicators
BEGIN
    INSERT INTO plan_stamps (plan_id, stamp) SELECT id, (SELECT coalesce(max(stamp), 0) + 1 FROM plan_stamps) FROM (SELECT (SELECT g.plan_id FROM goals g WHERE g.id = OLD.goal_id) AS id UNION SELECT (SELECT g.plan_id FROM goals g WHERE g.id = NEW.goal_id) AS id) WHERE id IS NOT NULL
    ON CONFLICT (plan_id) DO UPDATE SET stamp = excluded.stamp;
END;
CREATE TRIGGER plan_stamps_indicators_delete AFTER DELETE ON indicators
BEGIN
    INSERT INTO plan_stamps (plan_id, stamp) SELECT id, (SELECT coalesce(max(stamp), 0) + 1 FROM plan_stamps) FROM (SELECT (SELECT g.plan_id FROM goals g WHERE g.id = OLD.goal_id) AS id) WHERE id IS NOT NULL
    ON CONFLICT (plan_id) DO UPDATE SET stamp = excluded.stamp;
END;
CREATE TRIGGER plan_stamps_actuals_insert AFTER INSERT ON actuals
BEGIN
    INSERT INTO plan_stamps (plan_id, stamp) SELECT id, (SELECT coalesce(max(stamp), 0) + 1 FROM plan_stamps) FROM (SELECT (SELECT g.plan_id FROM indicators i JOIN goals g ON g.id = i.goal_id WHERE i.id = NEW.indicator_id) AS id) WHERE id IS NOT NULL
    ON CONFLICT (plan_id) DO UPDATE SET stamp = excluded.stamp;
END;
CREATE TRIGGER plan_stamps_actuals_update AFTER UPDATE ON actuals
BEGIN
    INSERT INTO plan_stamps (plan_id, stamp) SELECT id, (SELECT coalesce(max(stamp), 0) + 1 FROM plan_stamps) FROM (SELECT (SELECT g.plan_id FROM indicators i JOIN goals g ON g.id = i.goal_id WHERE i.id = OLD.indicator_id) AS id UNION SELECT (SELECT g.plan_id FROM indicators i JOIN goals g ON g.id = i.goal_id WHERE i.id = NEW.indicator_id) AS id) WHERE id IS NOT NULL
    ON CONFLICT (plan_id) DO UPDATE SET stamp = excluded.stamp;
END;
CREATE TRIGGER plan_stamps_actuals_delete AFTER DELETE ON actuals
BEGIN
    INSERT INTO plan_stamps (plan_id, stamp) SELECT id, (SELECT coalesce(max(stamp), 0) + 1 FROM plan_stamps) FROM (SELECT (SELECT g.plan_id FROM indicators i JOIN goals g ON g.id = i.goal_id WHERE i.id = OLD.indicator_id) AS id) WHERE id IS NOT NULL
    ON CONFLICT (plan_id) DO UPDATE SET stamp = excluded.stamp;
END;
CREATE TRIGGER plan_stamps_indicator_links_insert AFTER INSERT ON indicator_links
BEGIN
    INSERT INTO plan_stamps (plan_id, stamp) SELECT id, (SELECT coalesce(max(stamp), 0) + 1 FROM plan_stamps) FROM (SELECT (SELECT g.plan_id FROM indicators i JOIN goals g ON g.id = i.goal_id WHERE i.id = NEW.indicator_id) AS id) WHERE id IS NOT NULL
    ON CONFLICT (plan_id) DO UPDATE SET stamp = excluded.stamp;
END;
CREATE TRIGGER plan_stamps_indicator_links_update AFTER UPDATE ON indicator_links
BEGIN
    INSERT INTO plan_stamps (plan_id, stamp) SELECT id, (SELECT coalesce(max(stamp), 0) + 1 FROM plan_stamps) FROM (SELECT (SELECT g.plan_id FROM indicators i JOIN goals g ON g.id = i.goal_id WHERE i.id = OLD.indicator_id) AS id UNION SELECT (SELECT g.plan_id FROM indicators i JOIN goals g ON g.id = i.goal_id WHERE i.id = NEW.indicator_id) AS id) WHERE id IS NOT NULL
    ON CONFLICT (plan_id) DO UPDATE SET stamp = excluded.stamp;
END;
CREATE TRIGGER plan_stamps_indicator_links_delete AFTER DELETE ON indicator_links
BEGIN
    INSERT INTO plan_stamps (plan_id, stamp) SELECT id, (SELECT coalesce(max(stamp), 0) + 1 FROM plan_stamps) FROM (SELECT (SELECT g.plan_id FROM indicators i JOIN goals g ON g.id = i.goal_id WHERE i.id = OLD.indicator_id) AS id) WHERE id IS NOT NULL
    ON CONFLICT (plan_id) DO UPDATE SET stamp = excluded.stamp;
END;

-- Target revisions are read from the audit trail; its other entries are no plan's content.
CREATE TRIGGER plan_stamps_audit_log_insert AFTER INSERT ON audit_log
BEGIN
    INSERT INTO plan_stamps (plan_id, stamp) SELECT id, (SELECT coalesce(max(stamp), 0) + 1 FROM plan_stamps) FROM (SELECT NEW.plan_id AS id WHERE NEW.entity = 'indicator' AND NEW.field = 'target_value') WHERE id IS NOT NULL
    ON CONFLICT (plan_id) DO UPDATE SET stamp = excluded.stamp;
END;
CREATE TRIGGER plan_stamps_audit_log_update AFTER UPDATE ON audit_log
BEGIN
    INSERT INTO plan_stamps (plan_id, stamp) SELECT id, (SELECT coalesce(max(stamp), 0) + 1 FROM plan_stamps) FROM (SELECT OLD.plan_id AS id WHERE OLD.entity = 'indicator' AND OLD.field = 'target_value' UNION SELECT NEW.plan_id AS id WHERE NEW.entity = 'indicator' AND NEW.field = 'target_value') WHERE id IS NOT NULL
    ON CONFLICT (plan_id) DO UPDATE SET stamp = excluded.stamp;
END;
CREATE TRIGGER plan_stamps_audit_log_delete AFTER DELETE ON audit_log
BEGIN
    INSERT INTO plan_stamps (plan_id, stamp) SELECT id, (SELECT coalesce(max(stamp), 0) + 1 FROM plan_stamps) FROM (SELECT OLD.plan_id AS id WHERE OLD.entity = 'indicator' AND OLD.field = 'target_value') WHERE id IS NOT NULL
    ON CONFLICT (plan_id) DO UPDATE SET stamp = excluded.stamp;
END;

-- A plan shows its agency's code, names and order.
CREATE TRIGGER plan_stamps_agencies_update AFTER UPDATE ON agencies
BEGIN
    INSERT INTO plan_stamps (plan_id, stamp) SELECT id, (SELECT coalesce(max(stamp), 0) + 1 FROM plan_stamps) FROM (SELECT id FROM plans WHERE agency_id IN (OLD.id, NEW.id)) WHERE id IS NOT NULL
    ON CONFLICT (plan_id) DO UPDATE SET stamp = excluded.stamp;
END;

-- Every plan shows the city's name, a setting.
CREATE TRIGGER plan_stamps_settings_insert AFTER INSERT ON settings
BEGIN
    INSERT INTO plan_stamps (plan_id, stamp) SELECT id, (SELECT coalesce(max(stamp), 0) + 1 FROM plan_stamps) FROM (SELECT id FROM plans) WHERE id IS NOT NULL
    ON CONFLICT (plan_id) DO UPDATE SET stamp = excluded.stamp;
END;
CREATE TRIGGER plan_stamps_settings_update AFTER UPDATE ON settings
BEGIN
    INSERT INTO plan_stamps (plan_id, stamp) SELECT id, (SELECT coalesce(max(stamp), 0) + 1 FROM plan_stamps) FROM (SELECT id FROM plans) WHERE id IS NOT NULL
    ON CONFLICT (plan_id) DO UPDATE SET stamp = excluded.stamp;
END;
CREATE TRIGGER plan_stamps_settings_delete AFTER DELETE ON settings
BEGIN
    INSERT INTO plan_stamps (plan_id, stamp) SELECT id, (SELECT coalesce(max(stamp), 0) + 1 FROM plan_stamps) FROM (SELECT id FROM plans) WHERE id IS NOT NULL
    ON CONFLICT (plan_id) DO UPDATE SET stamp = excluded.stamp;
END;
