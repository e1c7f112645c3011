package dk.partnerskab.common.validation;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;

/** A parameter as a violation names it: its name, and whether it is in the path, query or a header. */
record ParameterName(String name, String in) {

    /** The name from the parameter's JAX-RS annotation, or null for a parameter without one. */
    static ParameterName of(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof PathParam p) {
                return new ParameterName(p.value(), "path");
            }
            if (annotation instanceof QueryParam q) {
                return new ParameterName(q.value(), "query");
            }
            if (annotation instanceof HeaderParam h) {
                return new ParameterName(h.value(), "header");
            }
        }
        return null;
    }

    /** A blank query or header value means "none", as if the parameter were left out. */
    boolean optional() {
        return !"path".equals(in);
    }
}
