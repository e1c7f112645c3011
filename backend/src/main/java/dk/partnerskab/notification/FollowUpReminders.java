package dk.partnerskab.notification;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Every morning: a reminder for each open follow-up item due within three days, once per item. */
@ApplicationScoped
public class FollowUpReminders {

    static final int DAYS_AHEAD = 3;

    private final EntityManager em;
    private final Notifications notifications;
    private final Clock clock;

    public FollowUpReminders(EntityManager em, Notifications notifications, Clock clock) {
        this.em = em;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Scheduled(cron = "0 0 7 * * ?", timeZone = "Europe/Copenhagen", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void everyMorning() {
        sendDue();
    }

    /**
     * Items due from today up to three days ahead that were not reminded of yet: a morning the
     * server was down is caught up the next day, and nothing is sent twice.
     *
     * @return how many items were reminded of
     */
    @Transactional
    public int sendDue() {
        LocalDate today = LocalDate.now(clock);
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("update follow_up_item set reminder_sent_at = :now "
                        + "where status = 'OPEN' and deleted_at is null and reminder_sent_at is null "
                        + "and due_date between :today and :last "
                        + "returning id, partnership_id, title, due_date, responsible_person_id, responsible_organisation_id")
                .setParameter("now", Timestamp.from(clock.instant())).setParameter("today", today)
                .setParameter("last", today.plusDays(DAYS_AHEAD)).getResultList();
        for (Object[] row : due) {
            notifications.followUpDue((UUID) row[1], (UUID) row[0], (String) row[2], toDate(row[3]), (UUID) row[4], (UUID) row[5]);
        }
        return due.size();
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
