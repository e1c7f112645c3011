package dk.partnerskab.notification;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Refuses a production start without an SMTP server. Without one every publish would still
 * succeed and every mail would be dropped, and no one would notice until members missed a
 * meeting. Development and tests use the mock mailer; in production mocking has to be asked for
 * with MAIL_MOCK=true (as the local stack and docker-compose.yml do), and is then logged as such.
 *
 * <p>The check reads the MAIL_* variables themselves: application.properties gives the mailer
 * development defaults (localhost, a .localhost sender) that would otherwise pass for settings.
 */
@ApplicationScoped
public class MailSettings {

    private static final Logger LOG = Logger.getLogger(MailSettings.class);

    /** A setting the operator gives, and the mailer property application.properties passes it to. */
    record Setting(String variable, String property) {
        @Override
        public String toString() {
            return variable + " (" + property + ")";
        }
    }

    static final Setting MOCK = new Setting("MAIL_MOCK", "quarkus.mailer.mock");
    static final Setting HOST = new Setting("MAIL_HOST", "quarkus.mailer.host");
    static final Setting FROM = new Setting("MAIL_FROM", "quarkus.mailer.from");
    static final Setting USERNAME = new Setting("MAIL_USERNAME", "quarkus.mailer.username");
    static final Setting PASSWORD = new Setting("MAIL_PASSWORD", "quarkus.mailer.password");

    void onStart(@Observes StartupEvent event) {
        if (!ConfigUtils.isProfileActive("prod")) {
            return;
        }
        Config config = ConfigProvider.getConfig();
        if (config.getValue(MOCK.property(), Boolean.class)) {
            LOG.warn("Mails are written to the log, not sent: " + MOCK + " is true");
            return;
        }
        List<Setting> missing = missing(variable -> config.getOptionalValue(variable, String.class));
        if (!missing.isEmpty()) {
            throw new IllegalStateException(refusal(missing));
        }
    }

    /**
     * What a real mail server needs and is not set, looked up by variable name; the account's
     * password only with its username (a relay may accept the API without an account).
     */
    static List<Setting> missing(Function<String, Optional<String>> variables) {
        List<Setting> missing = new ArrayList<>();
        for (Setting required : List.of(HOST, FROM)) {
            if (blank(variables.apply(required.variable()))) {
                missing.add(required);
            }
        }
        if (!blank(variables.apply(USERNAME.variable())) && blank(variables.apply(PASSWORD.variable()))) {
            missing.add(PASSWORD);
        }
        return missing;
    }

    static String refusal(List<Setting> missing) {
        return "Mail is not configured: set "
                + String.join(", ", missing.stream().map(Setting::toString).toList())
                + ". Notifications (agendas, minutes, follow-up reminders) go out by e-mail; to run without sending"
                + " any, set " + MOCK + " to true.";
    }

    private static boolean blank(Optional<String> value) {
        return value.map(String::isBlank).orElse(true);
    }
}
