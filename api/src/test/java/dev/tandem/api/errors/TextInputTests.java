package dev.tandem.api.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextInputTests {

    @Test
    void textIsTrimmedAndBlankOptionalTextIsNone() {
        assertThat(TextInput.required("name", "  Camille Martin ", 20)).isEqualTo("Camille Martin");
        assertThat(TextInput.optional("bio", " \n ", 20)).isNull();
        assertThat(TextInput.optional("bio", null, 20)).isNull();
    }

    @Test
    void tabsLineBreaksAndWholeSurrogatePairsArePrintable() {
        assertThat(TextInput.isPrintable("Line one\r\nLine two\tend")).isTrue();
        assertThat(TextInput.isPrintable("Clean \uD83E\uDDF9 sparkle é")).isTrue();
    }

    @Test
    void nulOtherControlsAndHalfPairsAreNot() {
        assertThat(TextInput.isPrintable("a\u0000b")).isFalse();
        assertThat(TextInput.isPrintable("bell\u0007")).isFalse();
        assertThat(TextInput.isPrintable("delete\u007F")).isFalse();
        assertThat(TextInput.isPrintable("c1\u0085")).isFalse();
        assertThat(TextInput.isPrintable("high \uD83E")).isFalse();
        assertThat(TextInput.isPrintable("\uDDF9 low first")).isFalse();
    }

    @Test
    void refusedTextNamesItsField() {
        assertThatThrownBy(() -> TextInput.optional("notes", "Ring\u0000", 100))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(TextInput.UNPRINTABLE)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("notes");
        assertThatThrownBy(() -> TextInput.required("name", "x".repeat(11), 10))
                .hasMessage("must be at most 10 characters");
        assertThatThrownBy(() -> TextInput.required("name", " ", 10)).hasMessage("must not be blank");
    }
}
