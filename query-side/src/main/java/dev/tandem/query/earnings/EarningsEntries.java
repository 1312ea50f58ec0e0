package dev.tandem.query.earnings;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface EarningsEntries extends JpaRepository<EarningsEntry, UUID>, JpaSpecificationExecutor<EarningsEntry> {}
