package dev.tandem.platform.json;

import dev.tandem.api.errors.InstantInput;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Request bodies are read as they are written, never coerced: a number that is not whole is no count of
 * cents or stars, a string is no number and a number no string, and an instant is an ISO-8601 string in a
 * sane range ({@link InstantInput}), not an epoch number. Jackson would otherwise truncate 100.7 to 100,
 * read "100" as 100, 1700000000 as an instant in 2023 and 20000 as a date in 2024. A local date is an ISO-8601
 * string in the same range.
 */
public final class StrictInputModule extends SimpleModule {

    public StrictInputModule() {
        super("tandem-strict-input");
        addDeserializer(Instant.class, new IsoInstants());
        addDeserializer(LocalDate.class, new IsoDates());
    }

    /** Refuses the coercions between JSON's shapes that Jackson allows by default. */
    public static void refuseCoercions(JsonMapper.Builder builder) {
        builder.withCoercionConfig(
                        LogicalType.Integer,
                        integers -> integers.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Float,
                        decimals -> decimals.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Boolean,
                        booleans -> booleans.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Textual,
                        texts -> texts.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Enum,
                        names -> names.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail));
    }

    private static final class IsoInstants extends StdScalarDeserializer<Instant> {

        IsoInstants() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                throw new FieldRuleException(parser, InstantInput.RULE, parser.getString(), Instant.class);
            }
            String text = parser.getString();
            Instant instant = InstantInput.parseOrNull(text);
            if (instant == null) {
                throw new FieldRuleException(parser, InstantInput.RULE, text, Instant.class);
            }
            return instant;
        }
    }

    private static final class IsoDates extends StdScalarDeserializer<LocalDate> {

        private static final String RULE = "must be a date like 2027-03-02, from 2000 to 2099";

        IsoDates() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                throw new FieldRuleException(parser, RULE, parser.getString(), LocalDate.class);
            }
            String text = parser.getString();
            try {
                LocalDate date = LocalDate.parse(text);
                if (date.getYear() < 2000 || date.getYear() > 2099) {
                    throw new FieldRuleException(parser, RULE, text, LocalDate.class);
                }
                return date;
            } catch (DateTimeParseException e) {
                throw new FieldRuleException(parser, RULE, text, LocalDate.class);
            }
        }
    }
}
