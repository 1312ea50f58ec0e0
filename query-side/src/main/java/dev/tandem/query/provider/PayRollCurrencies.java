package dev.tandem.query.provider;

import java.util.UUID;
import org.springframework.data.repository.CrudRepository;

interface PayRollCurrencies extends CrudRepository<PayRollCurrency, UUID> {}
