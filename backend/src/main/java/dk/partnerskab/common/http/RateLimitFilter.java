package dk.partnerskab.common.http;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Applies {@link RateLimited} to the operations that carry it. The caller is the login; a
 * calendar feed, fetched without one, counts per feed address. Anonymous calls to logged-in
 * operations are left to the security check, which refuses them.
 */
public class RateLimitFilter {

    private final RateLimits limits;
    private final SecurityIdentity identity;

    public RateLimitFilter(RateLimits limits, SecurityIdentity identity) {
        this.limits = limits;
        this.identity = identity;
    }

    @ServerRequestFilter
    public void limit(ContainerRequestContext request, ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null) {
            return;
        }
        RateLimited limited = resource.getResourceMethod().getAnnotation(RateLimited.class);
        if (limited == null) {
            return;
        }
        if (limited.value() == RateLimits.Kind.CALENDAR_FEED) {
            limits.take(limited.value(), request.getUriInfo().getPath());
        } else if (!identity.isAnonymous()) {
            limits.take(limited.value(), identity.getPrincipal().getName());
        }
    }
}
