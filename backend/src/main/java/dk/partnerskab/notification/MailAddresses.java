package dk.partnerskab.notification;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the log may show of a mail address: the first letter and the domain, enough to tell which
 * organisation's mail server refused a mail, not whose mailbox it was. Logs are kept and read
 * more widely than the members' list, and an address names a person.
 */
final class MailAddresses {

    /** Anything shaped like local@domain, also inside an SMTP server's answer or a subject line. */
    private static final Pattern ADDRESS = Pattern.compile("([^\\s<>()\\[\\]\"',;:@]+)@([^\\s<>()\\[\\]\"',;:@]+)");

    private MailAddresses() {}

    /** The text with every address in it masked; null stays null. */
    static String mask(String text) {
        if (text == null) {
            return null;
        }
        return ADDRESS.matcher(text).replaceAll(m -> {
            String local = m.group(1);
            String first = local.substring(0, local.offsetByCodePoints(0, 1));
            return Matcher.quoteReplacement(first + "***@" + m.group(2));
        });
    }
}
