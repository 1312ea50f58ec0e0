-- A customer's page lists its latest bookings.
CREATE INDEX booking_view_customer_start_idx ON booking_view (business_id, customer_id, scheduled_start, booking_id);
