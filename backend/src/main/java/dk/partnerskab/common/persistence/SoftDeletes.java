package dk.partnerskab.common.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Table;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The one way back for a soft-deleted row. Deleted rows are hidden from every entity query, so
 * these read and write them with SQL over the entity's own table.
 */
@ApplicationScoped
public class SoftDeletes {

    private final EntityManager em;

    public SoftDeletes(EntityManager em) {
        this.em = em;
    }

    /**
     * A column of a deleted row, to check before restoring it (is the person a member again, is
     * the number taken).
     *
     * @param scopeColumn the column that must equal {@code scope}: the row's partnership, meeting or party
     * @return the value, or empty when there is no deleted row with this id in that scope
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Object> deletedValue(
            Class<? extends Tracked> entity, UUID id, String scopeColumn, UUID scope, String column) {
        List<?> rows = em.createNativeQuery("SELECT " + column + " FROM " + table(entity) + " WHERE id = ?1 AND "
                        + scopeColumn + " = ?2 AND deleted_at IS NOT NULL")
                .setParameter(1, id)
                .setParameter(2, scope)
                .getResultList();
        return rows.stream().findFirst().map(Object.class::cast);
    }

    /**
     * Brings a deleted row back, as a change by the caller: its version moves and the persistence
     * context is cleared, so the caller reads it afresh.
     *
     * @param changes other columns to set as it comes back (its number, its position)
     * @return whether there was such a deleted row in that scope
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean restore(
            Class<? extends Tracked> entity, UUID id, String scopeColumn, UUID scope, Map<String, Object> changes) {
        em.flush();
        Map<String, Object> set = new LinkedHashMap<>(changes);
        set.put("updated_at", Timestamp.from(Lifecycle.now()));
        set.put("updated_by", Lifecycle.actorName());
        StringBuilder sql =
                new StringBuilder("UPDATE " + table(entity) + " SET deleted_at = NULL, version = version + 1");
        int index = 3;
        for (String column : set.keySet()) {
            sql.append(", ").append(column).append(" = ?").append(index++);
        }
        var update = em.createNativeQuery(
                        sql + " WHERE id = ?1 AND " + scopeColumn + " = ?2 AND deleted_at IS NOT NULL")
                .setParameter(1, id)
                .setParameter(2, scope);
        index = 3;
        for (Object value : set.values()) {
            update.setParameter(index++, value);
        }
        boolean restored = update.executeUpdate() > 0;
        em.clear();
        return restored;
    }

    private static String table(Class<?> entity) {
        return entity.getAnnotation(Table.class).name();
    }
}
