package dk.partnerskab.indicator;

import dk.partnerskab.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<Indicator, UUID> {

    public Optional<Indicator> findIn(UUID partnershipId, UUID id) {
        return find("id = ?1 and partnershipId = ?2", id, partnershipId).firstResultOptional();
    }

    public long countIn(UUID partnershipId) {
        return count("partnershipId = ?1", partnershipId);
    }

    /** A page of the partnership's indicators by code, ignoring case; {@link PageRequest#descending()} turns it. */
    public List<Indicator> pageIn(UUID partnershipId, PageRequest page) {
        return find(
                        "from Indicator i where i.partnershipId = ?1 order by lower(i.code) "
                                + (page.descending() ? "desc" : "asc") + ", i.id",
                        partnershipId)
                .page(page.page(), page.size())
                .list();
    }

    /** How many of {@code ids} are living indicators of the partnership. */
    public long countAmong(UUID partnershipId, Set<UUID> ids) {
        return count("partnershipId = ?1 and id in ?2", partnershipId, ids);
    }

    /** Those of {@code ids} that are living indicators, by code. */
    public List<Indicator> byCode(Collection<UUID> ids) {
        return list("id in ?1 order by code", Set.copyOf(ids));
    }

    /** The partnership's indicators whose code is {@code code}, ignoring case. */
    public List<UUID> idsWithCode(UUID partnershipId, String code) {
        return getEntityManager()
                .createQuery(
                        "select i.id from Indicator i where i.partnershipId = :p and lower(i.code) = :c", UUID.class)
                .setParameter("p", partnershipId)
                .setParameter("c", code.toLowerCase(Locale.ROOT))
                .getResultList();
    }

    /** The partnership's indicators by code, ignoring case, at most {@code max}. */
    public List<Indicator> firstByCode(UUID partnershipId, int max) {
        return getEntityManager()
                .createQuery(
                        "select i from Indicator i where i.partnershipId = :p order by lower(i.code), i.id",
                        Indicator.class)
                .setParameter("p", partnershipId)
                .setMaxResults(max)
                .getResultList();
    }

    /** Those of {@code ids} that are living indicators of the partnership. */
    public List<Indicator> among(UUID partnershipId, Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("partnershipId = ?1 and id in ?2", partnershipId, Set.copyOf(ids));
    }

    /** All of the partnership's indicators. */
    public List<Indicator> allOf(UUID partnershipId) {
        return getEntityManager()
                .createQuery("select i from Indicator i where i.partnershipId = :p", Indicator.class)
                .setParameter("p", partnershipId)
                .getResultList();
    }

    /** An area of an indicator that has no value for the period due. */
    public record MissingArea(
            UUID partnershipId,
            UUID indicatorId,
            String code,
            String name,
            Frequency frequency,
            UUID areaId,
            String areaName) {}

    /**
     * The areas without a value for the period due (by the indicator's frequency) of the indicators
     * that an organisation owns in a partnership, by code and area position, at most {@code limit}.
     *
     * @param owners the owning organisation by partnership
     */
    public List<MissingArea> missingAreas(
            Map<UUID, UUID> owners, String month, String quarter, String year, int limit) {
        StringBuilder mine = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        owners.forEach((partnership, organisation) -> {
            mine.append(mine.isEmpty() ? "" : " or ")
                    .append("(i.partnership_id = ?")
                    .append(parameters.size() + 4)
                    .append(" and i.owner_organisation_id = ?")
                    .append(parameters.size() + 5)
                    .append(')');
            parameters.add(partnership);
            parameters.add(organisation);
        });
        var query = getEntityManager()
                .createNativeQuery("select i.partnership_id, i.id, i.code, i.name, i.frequency, a.id, a.name "
                        + "from indicator i join indicator_area a on a.indicator_id = i.id "
                        + "where i.deleted_at is null and (" + mine
                        + ") and not exists (select 1 from measurement m where m.area_id = a.id "
                        + "and m.period = case i.frequency when 'MONTH' then ?1 when 'QUARTER' then ?2 else ?3 end) "
                        + "order by lower(i.code), a.position")
                .setParameter(1, month)
                .setParameter(2, quarter)
                .setParameter(3, year);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 4, parameters.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setMaxResults(limit).getResultList();
        return rows.stream()
                .map(r -> new MissingArea(
                        (UUID) r[0],
                        (UUID) r[1],
                        (String) r[2],
                        (String) r[3],
                        Frequency.valueOf((String) r[4]),
                        (UUID) r[5],
                        (String) r[6]))
                .toList();
    }
}
