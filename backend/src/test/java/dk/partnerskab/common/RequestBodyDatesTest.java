package dk.partnerskab.common;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dk.partnerskab.common.validation.PlausibleDate;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.temporal.Temporal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The year bounds on dates in request bodies hang on an annotation per field, so a new date field
 * without it would slip through unnoticed; this finds every one.
 */
class RequestBodyDatesTest {

    private static final Set<Class<? extends Annotation>> NOT_BODY = Set.of(
            PathParam.class,
            QueryParam.class,
            HeaderParam.class,
            BeanParam.class,
            Context.class,
            FormParam.class,
            CookieParam.class,
            MatrixParam.class);

    @Test
    void everyDateInARequestBodyIsHeldToThePlausibleYears() {
        Set<String> dates = new TreeSet<>();
        Set<String> unbounded = new TreeSet<>();
        Set<Class<?>> seen = new HashSet<>();
        for (JavaClass resource : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dk.partnerskab")) {
            if (!resource.isAnnotatedWith(Path.class)) {
                continue;
            }
            for (Method method : resource.reflect().getDeclaredMethods()) {
                if (List.of(method.getAnnotations()).stream()
                        .noneMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class))) {
                    continue;
                }
                for (Parameter parameter : method.getParameters()) {
                    if (List.of(parameter.getAnnotations()).stream()
                            .noneMatch(a -> NOT_BODY.contains(a.annotationType()))) {
                        collect(parameter.getParameterizedType(), seen, dates, unbounded);
                    }
                }
            }
        }
        // Proves the walk reaches the bodies at all.
        assertThat(dates, hasItem("TermInput.startDate"));
        assertThat(unbounded, empty());
    }

    /** A date, or a time with a date; a time of day alone has no year to bound. */
    private static boolean dated(Class<?> type) {
        return Temporal.class.isAssignableFrom(type) && type != LocalTime.class && type != OffsetTime.class;
    }

    private static void collect(Type type, Set<Class<?>> seen, Set<String> dates, Set<String> unbounded) {
        if (type instanceof ParameterizedType generic) {
            for (Type argument : generic.getActualTypeArguments()) {
                collect(argument, seen, dates, unbounded);
            }
            return;
        }
        if (!(type instanceof Class<?> record) || !record.isRecord() || !seen.add(record)) {
            return;
        }
        for (RecordComponent component : record.getRecordComponents()) {
            if (dated(component.getType())) {
                String name = record.getSimpleName() + "." + component.getName();
                dates.add(name);
                if (!component.isAnnotationPresent(PlausibleDate.class)) {
                    unbounded.add(name);
                }
            } else {
                collect(component.getGenericType(), seen, dates, unbounded);
            }
        }
    }
}
