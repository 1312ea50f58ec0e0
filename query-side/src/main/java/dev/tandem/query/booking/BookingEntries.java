package dev.tandem.query.booking;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface BookingEntries extends JpaRepository<BookingEntry, UUID>, JpaSpecificationExecutor<BookingEntry> {}
