package dev.tandem.query.paging;

import dev.tandem.api.Page;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.concurrent.Future;
import org.axonframework.common.ReflectionUtils;
import org.axonframework.messaging.responsetypes.AbstractResponseType;
import org.axonframework.messaging.responsetypes.ResponseType;

/**
 * Asks for a {@code Page<R>}. Axon's {@code instanceOf(Page.class)} does not match a handler declared to return
 * {@code Page<ProviderView>}, and its multiple-instances type wants a collection; this matches a page of the
 * expected item type.
 */
public final class PageResponseType<R> extends AbstractResponseType<Page<R>> {

    private PageResponseType(Class<R> itemType) {
        super(itemType);
    }

    public static <R> ResponseType<Page<R>> pageOf(Class<R> itemType) {
        return new PageResponseType<>(itemType);
    }

    @Override
    public boolean matches(Type responseType) {
        Type unwrapped = ReflectionUtils.unwrapIfType(responseType, Future.class);
        return unwrapped instanceof ParameterizedType parameterized
                && parameterized.getRawType() == Page.class
                && isParameterizedTypeOfExpectedType(parameterized);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Class<Page<R>> responseMessagePayloadType() {
        return (Class<Page<R>>) (Class<?>) Page.class;
    }

    @Override
    public String toString() {
        return "PageResponseType[" + expectedResponseType + "]";
    }
}
