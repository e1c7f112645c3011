package dk.partnerskab.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends notification mails after the change they announce has committed: a rolled-back publish
 * must not tell anyone, and a mail server that is down must not undo the publish. Whatever it logs
 * has its addresses masked; Quarkus's own mock mailer, which logs them whole, is kept quiet in
 * application.properties, and this writes the mocked mails to the log instead.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);

    private final Mailer mailer;
    private final boolean mocked;

    public MailSender(Mailer mailer, @ConfigProperty(name = "quarkus.mailer.mock") boolean mocked) {
        this.mailer = mailer;
        this.mocked = mocked;
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailsToSend batch) {
        for (OutgoingMail mail : batch.mails()) {
            try {
                mailer.send(Mail.withText(mail.to(), mail.subject(), mail.text()));
                if (mocked) {
                    LOG.info(mockedMail(mail));
                }
            } catch (RuntimeException e) {
                LOG.warn(failure(mail, e));
            }
        }
    }

    static String mockedMail(OutgoingMail mail) {
        return MailAddresses.mask(
                "Mail not sent (mock mailer) to " + mail.to() + ": " + mail.subject() + "\n" + mail.text());
    }

    static String failure(OutgoingMail mail, RuntimeException e) {
        return MailAddresses.mask("Could not send \"" + mail.subject() + "\" to " + mail.to() + ": " + e.getMessage());
    }
}
