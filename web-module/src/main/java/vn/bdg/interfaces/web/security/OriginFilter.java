package vn.bdg.interfaces.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.bdg.application.audit.RequestOrigin;

/**
 * Tells the audit trail where each request comes from, before any page or service runs: the address
 * of the peer that opened the connection, {@link HttpServletRequest#getRemoteAddr()}, and nothing else.
 * Headers such as X-Forwarded-For or Forwarded are written by the client, so honouring them would let
 * anybody put any address into the audit trail. Behind a reverse proxy the trail shows the proxy's
 * address; the proxy's own log ties it to the client.
 */
@WebFilter(filterName = "OriginFilter", urlPatterns = "/*", asyncSupported = true)
public class OriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private RequestOrigin origin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        origin.set(request.getRemoteAddr());
        chain.doFilter(request, response);
    }
}
