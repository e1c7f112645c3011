package dk.partnerskab.common.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;

public class PlausibleDateValidator implements ConstraintValidator<PlausibleDate, Temporal> {

    @Override
    public boolean isValid(Temporal value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        // An instant has no calendar of its own; it is read in UTC.
        Temporal dated = value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value;
        return dated.isSupported(ChronoField.YEAR) && DateRange.holds(dated.get(ChronoField.YEAR));
    }
}
