package dev.tandem.platform.json;

import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.CustomerId;
import dev.tandem.kernel.ProviderId;
import dev.tandem.kernel.UserId;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Writes the typed ids of the kernel as the plain UUID strings the API promises ({@code "businessId":
 * "…"}), not as objects, and reads them back; a malformed id is a field error like any other.
 */
public final class TypedIdsModule extends SimpleModule {

    public TypedIdsModule() {
        super("tandem-typed-ids");
        addId(BusinessId.class, BusinessId::of);
        addId(UserId.class, UserId::of);
        addId(ProviderId.class, ProviderId::of);
        addId(BookingId.class, BookingId::of);
        addId(CustomerId.class, CustomerId::of);
    }

    private <T> void addId(Class<T> type, Function<String, T> parse) {
        addSerializer(type, new ValueSerializer<>() {
            @Override
            public void serialize(T value, JsonGenerator generator, SerializationContext context) {
                generator.writeString(value.toString());
            }
        });
        addDeserializer(type, new ValueDeserializer<>() {
            @Override
            public T deserialize(JsonParser parser, DeserializationContext context) {
                String text = parser.getValueAsString();
                try {
                    return parse.apply(text);
                } catch (IllegalArgumentException | NullPointerException e) {
                    return type.cast(context.handleWeirdStringValue(type, text, "is not a valid id"));
                }
            }
        });
    }
}
