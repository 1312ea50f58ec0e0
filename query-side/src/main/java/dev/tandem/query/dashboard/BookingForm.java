package dev.tandem.query.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A booking form as the admin filled it in (local date and time, an amount in major units), turned into
 * the API's body (an instant, minor units); what cannot be turned gets its message next to its field.
 */
final class BookingForm {

    private BookingForm() {}

    /** The API's fields named by the form's: an API error about {@code scheduledStart} shows at the time. */
    static String formField(String apiField) {
        return switch (apiField) {
            case "scheduledStart" -> "time";
            case "startedAt" -> "startTime";
            case "completedAt" -> "endTime";
            case "priceCents" -> "price";
            case "durationMinutes" -> "duration";
            case "arrivalWindow" -> "arriveFrom";
            case "customerId" -> "customerId";
            default -> apiField.startsWith("customer.") ? "new" + capitalised(apiField.substring(9)) : apiField;
        };
    }

    static Map<String, Object> createBody(Map<String, String> form, Locality here, Map<String, String> errors) {
        var body = new LinkedHashMap<String, Object>();
        String customerId = form.getOrDefault("customerId", "");
        if (customerId.isBlank()) {
            var customer = new LinkedHashMap<String, Object>();
            customer.put("name", form.getOrDefault("newName", "").trim());
            optional(customer, "email", form.get("newEmail"));
            optional(customer, "phone", form.get("newPhone"));
            customer.put("address", form.getOrDefault("newAddress", "").trim());
            // Placed by AddressLookup beforehand, which says what is wrong with an address it cannot place.
            customer.put("lat", coordinate(form.get("newLat")));
            customer.put("lng", coordinate(form.get("newLng")));
            if (customer.get("name").toString().isEmpty()) {
                errors.put("newName", "Enter the customer's name, or pick a customer.");
            }
            if (customer.get("address").toString().isEmpty()) {
                errors.put("newAddress", "Enter the address of the job.");
            }
            body.put("customer", customer);
        } else {
            body.put("customerId", customerId);
        }
        String service = form.getOrDefault("service", "").trim();
        if (service.isEmpty()) {
            errors.put("service", "Enter the service.");
        }
        body.put("service", service);
        start(form, here, errors, body);
        arrivalWindow(form, here, errors, body);
        duration(form, errors, body);
        Long price = here.minorUnits(form.getOrDefault("price", ""));
        if (price == null) {
            errors.put("price", "Enter the price, e.g. 45.00.");
        }
        body.put("priceCents", price);
        String provider = form.getOrDefault("providerId", "");
        if (!provider.isBlank()) {
            body.put("providerId", provider);
        } else {
            body.put("autoAssign", false);
        }
        optional(body, "notes", form.get("notes"));
        return body;
    }

    static void start(Map<String, String> form, Locality here, Map<String, String> errors, Map<String, Object> body) {
        try {
            LocalDate date = LocalDate.parse(form.getOrDefault("date", "").trim());
            try {
                LocalTime time = LocalTime.parse(form.getOrDefault("time", "").trim());
                body.put("scheduledStart", date.atTime(time).atZone(here.zone()).toInstant());
            } catch (DateTimeParseException e) {
                errors.put("time", "Enter a time, e.g. 09:30.");
            }
        } catch (DateTimeParseException e) {
            errors.put("date", "Enter a date.");
        }
    }

    /**
     * The arrival window, on the booking's date: both times or neither (a fixed start). The API checks that the
     * start lies inside it.
     */
    static void arrivalWindow(
            Map<String, String> form, Locality here, Map<String, String> errors, Map<String, Object> body) {
        String from = form.getOrDefault("arriveFrom", "").trim();
        String to = form.getOrDefault("arriveTo", "").trim();
        if (from.isEmpty() && to.isEmpty()) {
            return;
        }
        if (from.isEmpty() || to.isEmpty()) {
            errors.put(from.isEmpty() ? "arriveFrom" : "arriveTo", "Enter both ends of the window, or neither.");
            return;
        }
        try {
            LocalDate date = LocalDate.parse(form.getOrDefault("date", "").trim());
            var window = new LinkedHashMap<String, Object>();
            window.put(
                    "start",
                    date.atTime(LocalTime.parse(from)).atZone(here.zone()).toInstant());
            window.put(
                    "end", date.atTime(LocalTime.parse(to)).atZone(here.zone()).toInstant());
            body.put("arrivalWindow", window);
        } catch (DateTimeParseException e) {
            errors.put("arriveFrom", "Enter the window's times, e.g. 09:00 and 11:00.");
        }
    }

    /** A local date and time of the form as an instant; null, with the message at the time field, if unreadable. */
    static Instant localInstant(
            Map<String, String> form, String dateField, String timeField, Locality here, Map<String, String> errors) {
        try {
            LocalDate date = LocalDate.parse(form.getOrDefault(dateField, "").trim());
            LocalTime time = LocalTime.parse(form.getOrDefault(timeField, "").trim());
            return date.atTime(time).atZone(here.zone()).toInstant();
        } catch (DateTimeParseException e) {
            errors.put(timeField, "Enter a date and a time, e.g. 09:30.");
            return null;
        }
    }

    static void duration(Map<String, String> form, Map<String, String> errors, Map<String, Object> body) {
        try {
            body.put(
                    "durationMinutes",
                    Integer.parseInt(form.getOrDefault("duration", "").trim()));
        } catch (NumberFormatException e) {
            errors.put("duration", "Enter the duration in minutes.");
        }
    }

    private static Double coordinate(String value) {
        try {
            return Double.parseDouble(value == null ? "" : value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void optional(Map<String, Object> body, String field, String value) {
        if (value != null && !value.isBlank()) {
            body.put(field, value.trim());
        }
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
