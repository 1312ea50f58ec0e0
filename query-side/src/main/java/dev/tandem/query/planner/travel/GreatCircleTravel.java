package dev.tandem.query.planner.travel;

import dev.tandem.kernel.GeoPoint;
import dev.tandem.query.planner.domain.TravelMatrix;
import java.util.List;

/** Travel as the crow flies at a steady speed: the default, which needs no routing service. */
public final class GreatCircleTravel implements TravelTimes {

    private final double kmPerHour;

    public GreatCircleTravel(double kmPerHour) {
        if (kmPerHour <= 0) {
            throw new IllegalArgumentException("a travel speed is above 0 km/h");
        }
        this.kmPerHour = kmPerHour;
    }

    @Override
    public TravelMatrix between(List<GeoPoint> places) {
        long[][] seconds = new long[places.size()][places.size()];
        for (int from = 0; from < places.size(); from++) {
            for (int to = 0; to < places.size(); to++) {
                GeoPoint a = places.get(from);
                GeoPoint b = places.get(to);
                seconds[from][to] = a == null || b == null || from == to
                        ? 0
                        : (long) Math.ceil(a.distanceKmTo(b) / kmPerHour * 3600);
            }
        }
        return new TravelMatrix(seconds);
    }
}
