package cn.kaohe.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.Session;
import org.hibernate.StatelessSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Inserts many entities of one kind in JDBC batches, in the caller's transaction (on its connection), through a
 * Hibernate {@link StatelessSession}: ids come from the entity's pooled sequence, the rows go out
 * {@code hibernate.jdbc.batch_size} at a time, and no entity is kept in the persistence context, so 100,000 rows cost
 * neither a dirty check at every flush nor their snapshots in the heap.
 *
 * <p>Rows written so are not in the persistence context: a caller that reads them back in the same transaction reads
 * them from the database (a query, or an entity it did not already hold).
 */
@Component
public class BatchInserts {

    @PersistenceContext
    private EntityManager entityManager;

    private final int batchSize;

    BatchInserts(@Value("${spring.jpa.properties.hibernate.jdbc.batch_size:500}") int batchSize) {
        this.batchSize = Math.max(1, batchSize);
    }

    /** A writer open on the current transaction's connection; close it to send the last batch. */
    public interface Writer {
        /** Inserts one entity now (the row it belongs to, for example), giving it its id. */
        void insert(Object entity);

        /** Inserts an entity per element, in batches, building each only when its batch goes out. */
        <T> void insertAll(List<T> elements, Function<? super T, ?> toEntity);
    }

    /**
     * Runs {@code work} with a writer on the current transaction's connection. Whatever the persistence context holds
     * is flushed first, so rows inserted here may refer to it.
     *
     * @throws jakarta.persistence.TransactionRequiredException when no transaction is active
     */
    public void write(Consumer<Writer> work) {
        Session session = entityManager.unwrap(Session.class);
        session.flush();
        // A stateless session sharing this session's connection and transaction: its inserts are batched (Hibernate batches
        // only inside an active transaction) and commit or roll back with everything else.
        try (StatelessSession stateless = session.statelessWithOptions().connection().open()) {
            stateless.setJdbcBatchSize(batchSize);
            work.accept(new Writer() {
                @Override
                public void insert(Object entity) {
                    stateless.insert(entity);
                }

                @Override
                public <T> void insertAll(List<T> elements, Function<? super T, ?> toEntity) {
                    List<Object> batch = new ArrayList<>(Math.min(batchSize, elements.size()));
                    for (T element : elements) {
                        batch.add(toEntity.apply(element));
                        if (batch.size() == batchSize) {
                            stateless.insertMultiple(batch);
                            batch.clear();
                        }
                    }
                    if (!batch.isEmpty()) {
                        stateless.insertMultiple(batch);
                    }
                }
            });
        }
    }
}
