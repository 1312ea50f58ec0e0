package dev.tandem.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeoPointTests {

    private static final GeoPoint PARIS = new GeoPoint(48.8566, 2.3522);
    private static final GeoPoint LONDON = new GeoPoint(51.5074, -0.1278);

    @Test
    void parisToLondonIsAbout343AndAHalfKilometres() {
        assertThat(PARIS.distanceKmTo(LONDON)).isCloseTo(343.5, within(1.0));
    }

    @Test
    void distanceIsSymmetricAndZeroToItself() {
        assertThat(LONDON.distanceKmTo(PARIS)).isCloseTo(PARIS.distanceKmTo(LONDON), within(1e-9));
        assertThat(PARIS.distanceKmTo(PARIS)).isZero();
    }

    @Test
    void antipodalPointsAreHalfTheCircumferenceApart() {
        assertThat(new GeoPoint(0, 0).distanceKmTo(new GeoPoint(0, 180))).isCloseTo(Math.PI * 6371.0088, within(1e-6));
    }

    @Test
    void acceptsTheExtremesOfTheRanges() {
        assertThat(new GeoPoint(-90, -180)).isNotNull();
        assertThat(new GeoPoint(90, 180)).isNotNull();
    }

    @ParameterizedTest
    @CsvSource({"90.0001, 0", "-90.0001, 0", "NaN, 0"})
    void rejectsALatitudeOutOfRange(double lat, double lng) {
        assertThatThrownBy(() -> new GeoPoint(lat, lng))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("latitude must be between -90 and 90");
    }

    @ParameterizedTest
    @CsvSource({"0, 180.0001", "0, -180.0001", "0, NaN"})
    void rejectsALongitudeOutOfRange(double lat, double lng) {
        assertThatThrownBy(() -> new GeoPoint(lat, lng))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("longitude must be between -180 and 180");
    }
}
