-- Handoff schema, version 12: one fact, one field. A checklist item may be answered by one of the deal's own fields
-- (its products, amount, dates, why they bought, success criteria, known risks, or its support channels) instead of
-- an answer of its own, so that the checklist and the Overview can no longer disagree. checklist_items.deal_field
-- names that field (model/Enums.h, AnsweringField); '' keeps the item's own answer.
ALTER TABLE checklist_items ADD COLUMN deal_field TEXT NOT NULL DEFAULT ''
    CHECK (deal_field IN ('', 'products', 'amount', 'contract_start', 'go_live_target', 'why_bought',
                          'success_criteria', 'known_risks', 'channels', 'preferred_channel'));

-- The shipped items that asked again for a deal field (their keys never change, whatever a lead renamed them to).
UPDATE checklist_items SET deal_field = CASE key
    WHEN 'products_or_plan' THEN 'products'
    WHEN 'contract_value' THEN 'amount'
    WHEN 'contract_start' THEN 'contract_start'
    WHEN 'go_live_target' THEN 'go_live_target'
    WHEN 'success_criteria' THEN 'success_criteria'
    WHEN 'known_risks' THEN 'known_risks'
    WHEN 'support_channels' THEN 'channels'
    WHEN 'preferred_channel' THEN 'preferred_channel' END
WHERE deal_field = '' AND key IN ('products_or_plan', 'contract_value', 'contract_start', 'go_live_target',
                                  'success_criteria', 'known_risks', 'support_channels', 'preferred_channel');

-- What the checklist said stays in view: an answer fills its deal field when the field is empty, and a text answer
-- the field does not contain yet is added below it. The answer rows stay, unread, as they were.
CREATE TEMP TABLE moved_answers AS
SELECT a.deal_id, i.deal_field AS field, trim(a.value) AS value
FROM checklist_answers a JOIN checklist_items i ON i.id = a.item_id
WHERE i.deal_field IN ('products', 'success_criteria', 'known_risks', 'contract_start', 'go_live_target')
    AND trim(a.value) <> '';

UPDATE deals SET products = CASE WHEN trim(products) = '' THEN m.value ELSE products || '; ' || m.value END,
    version = version + 1
FROM moved_answers m
WHERE m.deal_id = deals.id AND m.field = 'products' AND instr(deals.products, m.value) = 0;

UPDATE deals SET success_criteria = CASE WHEN trim(success_criteria) = '' THEN m.value
        ELSE success_criteria || char(10) || char(10) || m.value END,
    version = version + 1
FROM moved_answers m
WHERE m.deal_id = deals.id AND m.field = 'success_criteria' AND instr(deals.success_criteria, m.value) = 0;

UPDATE deals SET known_risks = CASE WHEN trim(known_risks) = '' THEN m.value
        ELSE known_risks || char(10) || char(10) || m.value END,
    version = version + 1
FROM moved_answers m
WHERE m.deal_id = deals.id AND m.field = 'known_risks' AND instr(deals.known_risks, m.value) = 0;

UPDATE deals SET contract_start = m.value, version = version + 1
FROM moved_answers m
WHERE m.deal_id = deals.id AND m.field = 'contract_start' AND deals.contract_start IS NULL
    AND m.value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]';

UPDATE deals SET go_live_target = m.value, version = version + 1
FROM moved_answers m
WHERE m.deal_id = deals.id AND m.field = 'go_live_target' AND deals.go_live_target IS NULL
    AND m.value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]';

DROP TABLE moved_answers;

-- A submission's completeness counts an item answered by a deal field as answered when the field is filled, as the
-- checklist does (ChecklistSql::answered in core/storage/ChecklistSql.cpp says the same in C++).
DROP TRIGGER IF EXISTS handoff_snapshots_checklist;
CREATE TRIGGER handoff_snapshots_checklist AFTER INSERT ON handoff_snapshots
BEGIN
    INSERT OR REPLACE INTO handoff_snapshot_checklist (deal_id, submission_no, required_total, required_answered)
    VALUES (NEW.deal_id, NEW.submission_no, (SELECT count(*) FROM checklist_items WHERE required = 1),
        (SELECT count(*) FROM checklist_items ci JOIN deals d ON d.id = NEW.deal_id
         WHERE ci.required = 1 AND (CASE ci.deal_field
             WHEN '' THEN EXISTS (SELECT 1 FROM checklist_answers a WHERE a.deal_id = d.id AND a.item_id = ci.id
                 AND (CASE WHEN ci.kind = 'check' THEN a.value = 'true' ELSE trim(a.value) <> '' END))
             WHEN 'products' THEN trim(d.products) <> ''
             WHEN 'amount' THEN d.amount_minor > 0
             WHEN 'contract_start' THEN COALESCE(d.contract_start, '') <> ''
             WHEN 'go_live_target' THEN COALESCE(d.go_live_target, '') <> ''
             WHEN 'why_bought' THEN trim(d.why_bought) <> ''
             WHEN 'success_criteria' THEN trim(d.success_criteria) <> ''
             WHEN 'known_risks' THEN trim(d.known_risks) <> ''
             WHEN 'channels' THEN EXISTS (SELECT 1 FROM deal_channels dc WHERE dc.deal_id = d.id)
             WHEN 'preferred_channel' THEN
                 EXISTS (SELECT 1 FROM deal_channels dc WHERE dc.deal_id = d.id AND dc.preferred = 1)
             ELSE 0 END)));
END;
