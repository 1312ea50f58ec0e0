-- A booking offered by the assignment saga shows until when the offer to its provider holds.
ALTER TABLE booking_view ADD COLUMN offer_expires_at TIMESTAMPTZ;
