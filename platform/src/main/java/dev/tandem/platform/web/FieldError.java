package dev.tandem.platform.web;

/** One bad field in a 400 problem's {@code errors} list. */
public record FieldError(String field, String message) {}
