package vn.twotier.merger.support;

import java.util.List;
import java.util.Map;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/** The service's HTTP API as a test (or a script) uses it; error statuses are returned, not thrown. */
public final class MergerApi {

    private final RestClient http;

    public MergerApi(int port) {
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setReadTimeout(java.time.Duration.ofMinutes(3));
        this.http = RestClient.builder().baseUrl("http://localhost:" + port).requestFactory(factory).build();
    }

    public RestClient http() {
        return http;
    }

    public ResponseEntity<Map> upload(String path, String fileName, byte[] content, String correlationId) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return http.post().uri(path).contentType(MediaType.MULTIPART_FORM_DATA)
                .header("X-Correlation-Id", correlationId).header("X-User", "tester").body(form).retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> { })
                .toEntity(Map.class);
    }

    public Map<String, Object> get(String path, Object... variables) {
        @SuppressWarnings("unchecked")
        Map<String, Object> body = http.get().uri(path, variables).retrieve().body(Map.class);
        return body;
    }

    public List<Map<String, Object>> list(String path, Object... variables) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> body = http.get().uri(path, variables).retrieve().body(List.class);
        return body;
    }

    public ResponseEntity<Map> getEntity(String path, Object... variables) {
        return http.get().uri(path, variables).retrieve().onStatus(HttpStatusCode::isError, (request, response) -> { })
                .toEntity(Map.class);
    }

    /** A JSON request as user "tester", with an If-Match header when {@code ifMatch} is not null. */
    public ResponseEntity<Map> json(org.springframework.http.HttpMethod method, String path, Object body,
            String ifMatch, Object... variables) {
        var request = http.method(method).uri(path, variables).header("X-User", "tester")
                .contentType(MediaType.APPLICATION_JSON);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.body(body).retrieve().onStatus(HttpStatusCode::isError, (req, response) -> { })
                .toEntity(Map.class);
    }

    public ResponseEntity<byte[]> bytes(String path, Object... variables) {
        return http.get().uri(path, variables).retrieve().toEntity(byte[].class);
    }

    public static int number(Map<String, Object> body, String field) {
        return ((Number) body.get(field)).intValue();
    }
}
