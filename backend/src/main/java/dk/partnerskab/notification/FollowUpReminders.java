package dk.partnerskab.notification;

import dk.partnerskab.meeting.minutes.FollowUpService;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Every morning: a reminder for each open follow-up item due within three days, once per item. */
@ApplicationScoped
public class FollowUpReminders {

    static final int DAYS_AHEAD = 3;

    private final FollowUpService followUps;
    private final Notifications notifications;
    private final Clock clock;

    public FollowUpReminders(FollowUpService followUps, Notifications notifications, Clock clock) {
        this.followUps = followUps;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Scheduled(
            cron = "0 0 7 * * ?",
            timeZone = "Europe/Copenhagen",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
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
        List<FollowUpService.Due> due = followUps.claimReminders(today, today.plusDays(DAYS_AHEAD));
        for (FollowUpService.Due item : due) {
            notifications.followUpDue(
                    item.partnershipId(),
                    item.id(),
                    item.title(),
                    item.dueDate(),
                    item.responsiblePersonId(),
                    item.responsibleOrganisationId(),
                    item.published());
        }
        return due.size();
    }
}
