-- The business's chosen locale (a BCP 47 tag such as fr-FR); NULL until it chooses one, when each reader's
-- own language formats the pages.
ALTER TABLE business_view ADD COLUMN locale VARCHAR(35);
