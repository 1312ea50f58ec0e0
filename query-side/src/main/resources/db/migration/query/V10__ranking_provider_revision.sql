-- Every change to a ranking_provider row counts up its revision, so the sum of a business's revisions grows
-- with every committed change: a ranking keeps a business's providers in memory and reads them again only
-- when that sum (an index-only look at one column) has moved (docs/ranking.md). A count rather than a
-- sequence: a rebuild from the event store gives every row the same revision again.
ALTER TABLE ranking_provider ADD COLUMN revision BIGINT NOT NULL DEFAULT 1;
CREATE INDEX ranking_provider_revision_idx ON ranking_provider (business_id, revision);
