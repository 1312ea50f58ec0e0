-- The minutes a provider has to confirm an offer, as the business chose them; NULL: the server's default.
ALTER TABLE ranking_business ADD COLUMN offer_timeout_minutes INTEGER;
