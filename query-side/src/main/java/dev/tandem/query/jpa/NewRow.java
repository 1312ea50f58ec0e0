package dev.tandem.query.jpa;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * A read-model row that a projection creates from an event, with the id the event gave it. Spring Data takes
 * an entity that has an id for one already stored, and loads its row to merge into it before saving; a rebuild
 * spent a sixth of its time in those loads. This row is new until it has been stored or loaded, so creating it
 * is a plain insert.
 */
@MappedSuperclass
public abstract class NewRow<I> implements Persistable<I> {

    @Transient
    private boolean stored;

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostPersist
    @PostLoad
    void markStored() {
        stored = true;
    }
}
