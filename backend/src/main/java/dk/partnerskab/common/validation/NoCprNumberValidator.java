package dk.partnerskab.common.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

public class NoCprNumberValidator implements ConstraintValidator<NoCprNumber, CharSequence> {

    // Day 01-31, month 01-12, two-digit year, optional dash or space, four digits; not part of a
    // longer number (so an 8-digit CVR or a phone number with more digits does not match).
    private static final Pattern CPR =
            Pattern.compile("(?<![0-9])(0[1-9]|[12][0-9]|3[01])(0[1-9]|1[0-2])[0-9]{2}[- ]?[0-9]{4}(?![0-9])");

    public static boolean containsCpr(CharSequence text) {
        return text != null && CPR.matcher(text).find();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return !containsCpr(value);
    }
}
