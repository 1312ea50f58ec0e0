package dev.tandem.platform.json;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.InvalidFormatException;

/** A value in a request body that breaks a rule every field of its kind obeys; the rule is the field's error. */
public class FieldRuleException extends InvalidFormatException {

    private final String rule;

    FieldRuleException(JsonParser parser, String rule, Object value, Class<?> targetType) {
        super(parser, rule, value, targetType);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
