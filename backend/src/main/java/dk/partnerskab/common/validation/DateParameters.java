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
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Reads every {@code LocalDate} (as {@code YYYY-MM-DD}) and {@code OffsetDateTime} (ISO with an
 * offset) path, query and header parameter in the years {@link DateRange} accepts, so that a
 * malformed or far-off date answers a {@code validation-failed} 400 naming the parameter. Problems
 * travel as in {@link UuidParameters}.
 */
@Provider
public class DateParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        ParameterName parameter = ParameterName.of(annotations);
        if (parameter == null) {
            return null;
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) new Converter<>(
                    parameter,
                    text -> LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE),
                    LocalDate::getYear,
                    "must be a date such as 2027-03-09");
        }
        if (rawType == OffsetDateTime.class) {
            return (ParamConverter<T>) new Converter<>(
                    parameter,
                    OffsetDateTime::parse,
                    OffsetDateTime::getYear,
                    "must be a date and time such as 2027-03-09T10:15:30+01:00");
        }
        return null;
    }

    private record Converter<T>(
            ParameterName parameter, Function<String, T> parse, ToIntFunction<T> year, String malformed)
            implements ParamConverter<T> {

        @Override
        public T fromString(String raw) {
            boolean optional = parameter.optional();
            String value = optional && raw != null ? raw.strip() : raw;
            if (optional && (value == null || value.isEmpty())) {
                return null;
            }
            T date;
            try {
                date = parse.apply(value == null ? "" : value);
            } catch (DateTimeParseException e) {
                throw rejected(malformed);
            }
            // ISO dates have signed years of up to nine digits (+999999999-12-31), which no later
            // step could store or count from.
            if (!DateRange.holds(year.applyAsInt(date))) {
                throw rejected(DateRange.MESSAGE);
            }
            return date;
        }

        private BadRequestException rejected(String message) {
            return new BadRequestException(
                    ProblemException.invalid(List.of(new Violation(parameter.name(), parameter.in(), message))));
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}
