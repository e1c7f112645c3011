package dk.partnerskab.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.jboss.logging.Logger;

/**
 * Sends notification mails after the change they announce has committed: a rolled-back publish
 * must not tell anyone, and a mail server that is down must not undo the publish.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);

    private final Mailer mailer;

    public MailSender(Mailer mailer) {
        this.mailer = mailer;
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailsToSend batch) {
        for (OutgoingMail mail : batch.mails()) {
            try {
                mailer.send(Mail.withText(mail.to(), mail.subject(), mail.text()));
            } catch (RuntimeException e) {
                LOG.warnf("Could not send \"%s\" to %s: %s", mail.subject(), mail.to(), e.getMessage());
            }
        }
    }
}
