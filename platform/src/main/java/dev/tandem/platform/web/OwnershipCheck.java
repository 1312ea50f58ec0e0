package dev.tandem.platform.web;

import dev.tandem.platform.security.Caller;
import java.util.UUID;

/** Whether a caller may see one kind of resource, asked before a request's body is read ({@link Owned}). */
public interface OwnershipCheck {

    /**
     * Returns quietly when the caller may see the resource, or throws {@link dev.tandem.api.errors.NotFoundException}
     * when it does not exist or is another business's (or another provider's): the two must read the same.
     */
    void requireVisibleTo(Caller caller, UUID id);
}
