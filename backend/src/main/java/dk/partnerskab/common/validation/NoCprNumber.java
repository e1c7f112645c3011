package dk.partnerskab.common.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The text must not contain a CPR number (DDMMYY-NNNN, with or without the dash), also not one
 * disguised with markup, entities, invisible characters or look-alike digits, dashes and spaces.
 * The system never holds personal data about citizens; a violation answers
 * {@code personal-data-rejected}.
 */
@Documented
@Constraint(validatedBy = NoCprNumberValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface NoCprNumber {

    String message() default "looks like a CPR number; personal data about citizens may not be stored";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
