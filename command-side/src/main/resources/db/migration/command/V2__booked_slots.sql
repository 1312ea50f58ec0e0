-- The time each provider's bookings hold (DESIGN.md, "Consistency rules worth knowing"). Two bookings of
-- one provider can never overlap: the exclusion constraint refuses it, also between concurrent
-- transactions, and the command side writes this table in the same transaction as the booking's events.
-- Ranges are half-open [start, end), so back-to-back bookings fit.
-- Set-based validation of the command side, like the account tables not under row-level security: the
-- constraint must see every row anyway, and only the booking command handlers read or write it.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE booked_slot (
    booking_id  UUID      NOT NULL,
    business_id UUID      NOT NULL,
    provider_id UUID      NOT NULL,
    during      TSTZRANGE NOT NULL,
    CONSTRAINT booked_slot_pk PRIMARY KEY (booking_id),
    CONSTRAINT booked_slot_no_overlap EXCLUDE USING gist (provider_id WITH =, during WITH &&)
);
CREATE INDEX booked_slot_business_idx ON booked_slot (business_id, provider_id);
