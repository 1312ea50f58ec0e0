-- A booking's arrival window: any start from arrival_from to arrival_to is accepted (both null: the start is fixed).
ALTER TABLE booking_view ADD COLUMN arrival_from TIMESTAMPTZ;
ALTER TABLE booking_view ADD COLUMN arrival_to TIMESTAMPTZ;
-- The day planner reads the windows with the rest of what assignment needs.
ALTER TABLE ranking_booking ADD COLUMN arrival_from TIMESTAMPTZ;
ALTER TABLE ranking_booking ADD COLUMN arrival_to TIMESTAMPTZ;
