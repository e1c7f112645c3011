package dk.partnerskab.common.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.text.Normalizer;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

public class NoCprNumberValidator implements ConstraintValidator<NoCprNumber, CharSequence> {

    // Day 01-31, month 01-12, two-digit year, optional dash or space, four digits; not part of a
    // longer number (so an 8-digit CVR or a phone number with more digits does not match).
    private static final Pattern CPR =
            Pattern.compile("(?<![0-9])(0[1-9]|[12][0-9]|3[01])(0[1-9]|1[0-2])[0-9]{2}[- ]?[0-9]{4}(?![0-9])");

    private static final Pattern TAG = Pattern.compile("<!--.*?-->|</?[a-zA-Z][^<>]*>", Pattern.DOTALL);

    public static boolean containsCpr(CharSequence text) {
        return text != null && CPR.matcher(asRead(text)).find();
    }

    /**
     * The text as a reader sees it, so that a number cannot slip past the pattern in disguise: tags
     * dropped, entities decoded ({@code &#45;}, {@code &ndash;}), invisible characters (zero-width
     * spaces and joiners, soft hyphens, byte-order marks, combining marks) dropped, and every kind
     * of digit, dash and space written as the ASCII one.
     */
    static String asRead(CharSequence text) {
        String s = text.toString();
        if (s.indexOf('&') >= 0) {
            s = Parser.unescapeEntities(s, false);
        }
        if (s.indexOf('<') >= 0) {
            s = TAG.matcher(s).replaceAll("");
        }
        s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder read = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                return;
            }
            if (Character.isDigit(c)) {
                read.append((char) ('0' + Character.digit(c, 10)));
            } else if (type == Character.DASH_PUNCTUATION || c == '\u2212') {
                read.append('-');
            } else if (Character.isSpaceChar(c)) {
                read.append(' ');
            } else {
                read.appendCodePoint(c);
            }
        });
        return read.toString();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return !containsCpr(value);
    }
}
