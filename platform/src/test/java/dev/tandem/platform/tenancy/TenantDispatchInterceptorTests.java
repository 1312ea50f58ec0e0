package dev.tandem.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.api.MetadataKeys;
import dev.tandem.api.business.FindBusinessQuery;
import dev.tandem.kernel.BusinessId;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.Message;
import org.junit.jupiter.api.Test;

class TenantDispatchInterceptorTests {

    private final TenantDispatchInterceptor interceptor = new TenantDispatchInterceptor();

    @Test
    void aMessageCarriesItsBusinessInItsMetadata() {
        var business = BusinessId.newId();

        Message<?> sent = dispatch(new GenericMessage<>(new FindBusinessQuery(business)));

        assertThat(sent.getMetaData()).containsEntry(MetadataKeys.BUSINESS_ID, business.toString());
    }

    @Test
    void aHandlerOfOneBusinessCannotSendAMessageIntoAnother() {
        var mine = BusinessId.newId();
        var theirs = BusinessId.newId();
        Message<?> crossing = new GenericMessage<>(new FindBusinessQuery(theirs))
                .andMetaData(Map.of(MetadataKeys.BUSINESS_ID, mine.toString()));

        assertThatThrownBy(() -> dispatch(crossing))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot be sent to business " + theirs);
    }

    @Test
    void messagesOfNoBusinessPassUntouched() {
        Message<?> plain = new GenericMessage<>("ping");

        assertThat(dispatch(plain).getMetaData()).doesNotContainKey(MetadataKeys.BUSINESS_ID);
    }

    private Message<?> dispatch(Message<?> message) {
        return interceptor.handle(List.of(message)).apply(0, message);
    }
}
