package dev.tandem.platform.json;

import dev.tandem.api.errors.TextInput;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses, in every request body, a string with a control character other than tab and line breaks, or half
 * a surrogate pair ({@link TextInput#isPrintable}): a field error like any other, whatever the field. The
 * domain's own rules check the same of the text they know; this covers the rest, so no stored event holds
 * text a read model cannot (PostgreSQL refuses NUL in text). Only the web's JSON reads this way: the events
 * already stored are read as they are.
 */
public final class PrintableTextModule extends SimpleModule {

    public PrintableTextModule() {
        super("tandem-printable-text");
        addDeserializer(String.class, new PrintableStrings());
    }

    /** A string that is not printable, with the JSON path of its field. */
    public static final class UnprintableTextException extends FieldRuleException {

        UnprintableTextException(JsonParser parser, String value) {
            super(parser, TextInput.UNPRINTABLE, value, String.class);
        }
    }

    private static final class PrintableStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String value = super.deserialize(parser, context);
            if (value != null && !TextInput.isPrintable(value)) {
                throw new UnprintableTextException(parser, value);
            }
            return value;
        }
    }
}
