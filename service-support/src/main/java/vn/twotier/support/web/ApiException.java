package vn.twotier.support.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** An error meant for the API caller, rendered as RFC 9457 problem details. */
public class ApiException extends RuntimeException {

    public static final String TYPE_BASE = "https://twotier.vn/problems/";

    private final HttpStatus status;
    private final String slug;
    private final String title;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public ApiException(HttpStatus status, String slug, String title, String detail) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public ApiException with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public HttpStatus status() {
        return status;
    }

    public ProblemDetail toProblem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, getMessage());
        problem.setType(URI.create(TYPE_BASE + slug));
        problem.setTitle(title);
        properties.forEach(problem::setProperty);
        return problem;
    }
}
