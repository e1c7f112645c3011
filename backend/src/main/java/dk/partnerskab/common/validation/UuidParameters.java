package dk.partnerskab.common.validation;

import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.Violation;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.UUID;

/**
 * Reads every {@code UUID} path, query and header parameter, so that a malformed id answers a
 * {@code validation-failed} 400 naming the parameter instead of the framework's bare 404. The
 * problem travels inside a {@link BadRequestException}: Quarkus REST lets a WebApplicationException
 * out of a converter unchanged but wraps anything else in a bare 404 (path, query) or 400 (header),
 * and the problem mapper unwraps it.
 */
@Provider
public class UuidParameters implements ParamConverterProvider {

    private static final String MESSAGE = "must be a UUID such as 6f1c0e4e-2f59-4a3a-9d1e-0b7f3c1d2a10";

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        ParameterName parameter = ParameterName.of(annotations);
        return rawType == UUID.class && parameter != null ? (ParamConverter<T>) new Converter(parameter) : null;
    }

    private record Converter(ParameterName parameter) implements ParamConverter<UUID> {

        @Override
        public UUID fromString(String raw) {
            boolean optional = parameter.optional();
            String value = optional && raw != null ? raw.strip() : raw;
            if (optional && (value == null || value.isEmpty())) {
                return null;
            }
            try {
                // UUID.fromString also accepts shortened forms such as 1-1-1-1-1; ids are always 36 long.
                if (value != null && value.length() == 36) {
                    return UUID.fromString(value);
                }
            } catch (IllegalArgumentException e) {
                // answered below
            }
            throw new BadRequestException(
                    ProblemException.invalid(List.of(new Violation(parameter.name(), parameter.in(), MESSAGE))));
        }

        @Override
        public String toString(UUID value) {
            return value == null ? null : value.toString();
        }
    }
}
