-- Notifications name the booking as people do: the customer, the service and the local date and time.
ALTER TABLE notification_booking ADD COLUMN customer_name VARCHAR(120);
