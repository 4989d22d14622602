-- How an indicator's period actuals make the fiscal year's result, its English unit in the
-- singular, and its data-quality statement (source, method, frequency, limitations, responsible unit).
ALTER TABLE indicators ADD COLUMN aggregation TEXT NOT NULL DEFAULT 'cumulative'
    CHECK (aggregation IN ('cumulative', 'per_period', 'ratio', 'level'));
ALTER TABLE indicators ADD COLUMN unit_en_one      TEXT NOT NULL DEFAULT '';
ALTER TABLE indicators ADD COLUMN dq_source_zh      TEXT NOT NULL DEFAULT '';
ALTER TABLE indicators ADD COLUMN dq_source_en      TEXT NOT NULL DEFAULT '';
ALTER TABLE indicators ADD COLUMN dq_method_zh      TEXT NOT NULL DEFAULT '';
ALTER TABLE indicators ADD COLUMN dq_method_en      TEXT NOT NULL DEFAULT '';
ALTER TABLE indicators ADD COLUMN dq_frequency_zh   TEXT NOT NULL DEFAULT '';
ALTER TABLE indicators ADD COLUMN dq_frequency_en   TEXT NOT NULL DEFAULT '';
ALTER TABLE indicators ADD COLUMN dq_limitations_zh TEXT NOT NULL DEFAULT '';
ALTER TABLE indicators ADD COLUMN dq_limitations_en TEXT NOT NULL DEFAULT '';
ALTER TABLE indicators ADD COLUMN dq_unit_zh        TEXT NOT NULL DEFAULT '';
ALTER TABLE indicators ADD COLUMN dq_unit_en        TEXT NOT NULL DEFAULT '';

-- Actuals are due this many days after each period ends; an indicator whose latest due period
-- has none is overdue.
ALTER TABLE plans ADD COLUMN due_days INTEGER NOT NULL DEFAULT 30 CHECK (due_days BETWEEN 0 AND 366);

-- The day a month's counts were entered, shown as the "reported on" date of the ratio they make.
ALTER TABLE esignature_months ADD COLUMN reported_on TEXT NULL;

-- The importer's defaults for indicators that exist already: percentages are levels, a percentage
-- computed by a formula from counts the plan keeps (the e-signature months) is a ratio, counts accumulate.
UPDATE indicators SET aggregation = 'level' WHERE unit_zh = '%';
UPDATE indicators SET aggregation = 'ratio'
WHERE unit_zh = '%' AND (measurement_zh LIKE '%/%' OR measurement_zh LIKE '%÷%')
  AND EXISTS (SELECT 1 FROM goals g JOIN esignature_months m ON m.plan_id = g.plan_id WHERE g.id = indicators.goal_id);

-- A ratio is derived from its components: a stored copy could only ever disagree with them.
DELETE FROM actuals WHERE indicator_id IN (SELECT id FROM indicators WHERE aggregation = 'ratio');
