package dev.tandem.query.planner.travel;

import dev.tandem.kernel.GeoPoint;
import dev.tandem.query.planner.domain.TravelMatrix;
import java.util.List;

/**
 * How long it takes to drive between places: the one source of travel times for the day planner. An unknown
 * place (null: a customer without coordinates) is reached from anywhere in no time.
 */
public interface TravelTimes {

    TravelMatrix between(List<GeoPoint> places);
}
