package vn.twotier.support.correlation;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/** Takes the caller's correlation id (or makes one) so every event an HTTP request causes can be traced to it. */
public class CorrelationFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(CorrelationContext.HEADER);
        String correlationId = header != null && header.matches("[A-Za-z0-9._:-]{1,100}")
                ? header : UUID.randomUUID().toString();
        response.setHeader(CorrelationContext.HEADER, correlationId);
        CorrelationContext.Ids ids = new CorrelationContext.Ids(correlationId, "http:" + correlationId);
        try {
            CorrelationContext.callWith(ids, () -> {
                try {
                    chain.doFilter(request, response);
                    return null;
                } catch (IOException | ServletException e) {
                    throw new WrappedException(e);
                }
            });
        } catch (WrappedException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) e.getCause();
        }
    }

    private static final class WrappedException extends RuntimeException {
        WrappedException(Exception cause) {
            super(cause);
        }
    }
}
