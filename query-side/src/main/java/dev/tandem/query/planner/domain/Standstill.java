package dev.tandem.query.planner.domain;

/** Where a provider can be between jobs: at home, or at a job just done. */
public interface Standstill {

    int place();

    TravelMatrix travel();
}
