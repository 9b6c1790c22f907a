package vn.twotier.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.twotier.staffing.support.Http;
import vn.twotier.staffing.support.ServiceTest;

@ServiceTest
class OpenApiIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    @SuppressWarnings("unchecked")
    void everyEndpointIsDescribed() {
        Map<String, Object> paths = (Map<String, Object>) new Http(port).get("/v3/api-docs").get("paths");
        assertThat(paths).containsKeys("/api/v1/units", "/api/v1/units/{code}", "/api/v1/reference/norms",
                "/api/v1/reference/positions", "/api/v1/rosters/generate", "/api/v1/rosters/import",
                "/api/v1/gaps/provinces/{code}", "/api/v1/gaps/units/{code}", "/api/v1/gaps/provinces/{code}/export",
                "/api/v1/projections/scenarios/{scenarioId}", "/api/v1/redistribution/provinces/{code}");
    }
}
