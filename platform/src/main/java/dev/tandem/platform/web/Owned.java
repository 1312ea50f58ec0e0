package dev.tandem.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a path variable that names a resource of the caller's business. {@link OwnedPathVariables} asks the
 * given check before the body is read, so a caller sending anything to another business's resource gets 404
 * whether or not its body is valid (the order of checks in docs/api.md).
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface Owned {

    /** The bean that knows whether the caller may see a resource with this id. */
    Class<? extends OwnershipCheck> value();
}
