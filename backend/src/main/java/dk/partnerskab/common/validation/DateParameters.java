package dk.partnerskab.common.validation;

import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.Violation;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Reads every {@code LocalDate} path, query and header parameter as {@code YYYY-MM-DD} in the
 * years {@link DateRange} accepts, so that a malformed or far-off date answers a
 * {@code validation-failed} 400 naming the parameter. Problems travel as in {@link UuidParameters}.
 */
@Provider
public class DateParameters implements ParamConverterProvider {

    private static final String MALFORMED = "must be a date such as 2027-03-09";

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        ParameterName parameter = ParameterName.of(annotations);
        return rawType == LocalDate.class && parameter != null ? (ParamConverter<T>) new Converter(parameter) : null;
    }

    private record Converter(ParameterName parameter) implements ParamConverter<LocalDate> {

        @Override
        public LocalDate fromString(String raw) {
            boolean optional = parameter.optional();
            String value = optional && raw != null ? raw.strip() : raw;
            if (optional && (value == null || value.isEmpty())) {
                return null;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(value == null ? "" : value, DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (DateTimeParseException e) {
                throw rejected(MALFORMED);
            }
            // ISO dates have signed years of up to nine digits (+999999999-12-31), which no later
            // step could store or count from.
            if (!DateRange.holds(date.getYear())) {
                throw rejected(DateRange.MESSAGE);
            }
            return date;
        }

        private BadRequestException rejected(String message) {
            return new BadRequestException(
                    ProblemException.invalid(List.of(new Violation(parameter.name(), parameter.in(), message))));
        }

        @Override
        public String toString(LocalDate value) {
            return value == null ? null : value.toString();
        }
    }
}
