-- A moment's facts (what, detail, use, role, amount, ...) move into one JSON object, so a fact the
-- catalogue (data/kinds.toml) declares later needs no migration. Only the facts given are kept.
ALTER TABLE moments ADD COLUMN facts TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(facts));

UPDATE moments SET facts = json_patch('{}', json_object(
    'occasion', NULLIF(occasion, ''),
    'what', NULLIF(what, ''),
    'detail', NULLIF(detail, ''),
    'use', NULLIF(use, ''),
    'memory', NULLIF(memory, ''),
    'ahead', NULLIF(ahead, ''),
    'role', NULLIF(role, ''),
    'company', NULLIF(company, ''),
    'topic', NULLIF(topic, ''),
    'strength', NULLIF(strength, ''),
    'extra', NULLIF(extra, ''),
    'question', NULLIF(question, ''),
    'organization', NULLIF(organization, ''),
    'amount', NULLIF(amount, 0),
    'currency', CASE WHEN kind = 'donation' THEN NULLIF(currency, '') END,
    'goods_services', NULLIF(goods_services, ''),
    'money', CASE WHEN money THEN json('true') END
));

ALTER TABLE moments DROP COLUMN occasion;
ALTER TABLE moments DROP COLUMN what;
ALTER TABLE moments DROP COLUMN detail;
ALTER TABLE moments DROP COLUMN use;
ALTER TABLE moments DROP COLUMN memory;
ALTER TABLE moments DROP COLUMN ahead;
ALTER TABLE moments DROP COLUMN money;
ALTER TABLE moments DROP COLUMN role;
ALTER TABLE moments DROP COLUMN company;
ALTER TABLE moments DROP COLUMN topic;
ALTER TABLE moments DROP COLUMN strength;
ALTER TABLE moments DROP COLUMN extra;
ALTER TABLE moments DROP COLUMN question;
ALTER TABLE moments DROP COLUMN organization;
ALTER TABLE moments DROP COLUMN amount;
ALTER TABLE moments DROP COLUMN currency;
ALTER TABLE moments DROP COLUMN goods_services;
