package dk.partnerskab.common.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Every API answer is one caller's view of partnerships, people and minutes, and is read with a
 * token: no browser cache, shared computer or proxy may keep a copy. Versions travel as ETags for
 * If-Match, which needs no cached copy. A resource that chose its own caching keeps it: the
 * calendar feed lets calendar programs keep it for a while, downloads say so themselves.
 */
@Provider
public class NotStored implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
