package dev.tandem.api.errors;

/**
 * The rules every piece of text people type obeys: trimmed, at most so long, and printable. Control characters
 * other than tabs and line breaks (NUL above all, which PostgreSQL cannot store in text) and halves of
 * surrogate pairs are refused, so no event ever carries text a read model cannot hold.
 */
public final class TextInput {

    public static final String UNPRINTABLE = "must not contain control characters";

    private TextInput() {}

    /** Text that must be there; answers it trimmed. */
    public static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "must not be blank");
        }
        return optional(field, value, maxLength);
    }

    /** Text that may be left out: blank is none (null), since null means "unchanged" in an update. */
    public static String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > maxLength) {
            throw new InvalidInputException(field, "must be at most " + maxLength + " characters");
        }
        return printable(field, text);
    }

    /** Refuses the text unless {@link #isPrintable}; answers it unchanged. */
    public static String printable(String field, String value) {
        if (value != null && !isPrintable(value)) {
            throw new InvalidInputException(field, UNPRINTABLE);
        }
        return value;
    }

    /** No control character but tab, line feed and carriage return; every surrogate in a pair. */
    public static boolean isPrintable(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
