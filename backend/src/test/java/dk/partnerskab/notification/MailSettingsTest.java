package dk.partnerskab.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class MailSettingsTest {

    private static Function<String, Optional<String>> environment(Map<String, String> variables) {
        return name -> Optional.ofNullable(variables.get(name));
    }

    @Test
    void aServerAndASenderAreEnough() {
        assertEquals(
                List.of(),
                MailSettings.missing(
                        environment(Map.of("MAIL_HOST", "smtp.herlev.dk", "MAIL_FROM", "portal@herlev.dk"))));
    }

    @Test
    void namesEveryMissingSettingByItsVariableAndProperty() {
        List<MailSettings.Setting> missing = MailSettings.missing(environment(Map.of()));

        assertEquals(List.of(MailSettings.HOST, MailSettings.FROM), missing);
        String refusal = MailSettings.refusal(missing);
        assertTrue(refusal.contains("MAIL_HOST (quarkus.mailer.host)"), refusal);
        assertTrue(refusal.contains("MAIL_FROM (quarkus.mailer.from)"), refusal);
        assertTrue(refusal.contains("MAIL_MOCK"), "says how to run without mail: " + refusal);
    }

    @Test
    void aBlankValueIsNoValue() {
        assertEquals(
                List.of(MailSettings.HOST),
                MailSettings.missing(environment(Map.of("MAIL_HOST", " ", "MAIL_FROM", "portal@herlev.dk"))));
    }

    @Test
    void anAccountNeedsItsPassword() {
        Map<String, String> relay = Map.of("MAIL_HOST", "smtp.herlev.dk", "MAIL_FROM", "portal@herlev.dk");
        assertEquals(List.of(), MailSettings.missing(environment(relay)));

        Map<String, String> account = new java.util.HashMap<>(relay);
        account.put("MAIL_USERNAME", "portal");
        assertEquals(List.of(MailSettings.PASSWORD), MailSettings.missing(environment(account)));

        account.put("MAIL_PASSWORD", "secret");
        assertEquals(List.of(), MailSettings.missing(environment(account)));
    }
}
