package vn.twotier.staffing.support;

import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** A small JSON client for tests: bodies as maps and lists, errors returned instead of thrown. */
public final class Http {

    public static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
    };
    public static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
            new ParameterizedTypeReference<>() {
            };

    private final RestClient client;

    public Http(int port) {
        this.client = RestClient.create("http://localhost:" + port);
    }

    public RestClient client() {
        return client;
    }

    public Map<String, Object> get(String uri, Object... vars) {
        return client.get().uri(uri, vars).retrieve().body(MAP);
    }

    public List<Map<String, Object>> list(String uri, Object... vars) {
        return client.get().uri(uri, vars).retrieve().body(LIST);
    }

    public ResponseEntity<Map<String, Object>> exchange(String method, String uri, Object body) {
        var spec = client.method(org.springframework.http.HttpMethod.valueOf(method)).uri(uri);
        if (body != null) {
            spec = spec.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return spec.retrieve().onStatus(HttpStatusCode::isError, (request, response) -> { }).toEntity(MAP);
    }
}
