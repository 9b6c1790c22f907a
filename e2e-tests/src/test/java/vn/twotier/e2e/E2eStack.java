package vn.twotier.e2e;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import vn.twotier.embedded.Ports;
import vn.twotier.launcher.ServiceStack;
import vn.twotier.testing.TestInfrastructure;

/** The three services started once per test JVM on the shared test broker and store, as the launcher runs them. */
final class E2eStack {

    private static ServiceStack stack;

    private E2eStack() {
    }

    static synchronized ServiceStack get() {
        if (stack == null) {
            TestInfrastructure.Endpoints infra = TestInfrastructure.endpoints();
            stack = new ServiceStack(infra.bootstrapServers(), infra.mongoUri(), Ports.freePort(), Ports.freePort(),
                    Ports.freePort(), Map.of("twotier.outbox.poll-interval", "100ms", "spring.main.banner-mode", "off"));
            stack.start();
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "e2e-stack-stop"));
        }
        return stack;
    }

    static String bootstrapServers() {
        return TestInfrastructure.endpoints().bootstrapServers();
    }

    static RestClient http(String service) {
        return RestClient.create(get().service(service).url());
    }

    /** Imports one province's rows of the real 2025 register into merger-service (idempotent). */
    static void importRegisterOf(String provinceCode) throws IOException {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(SharedData.registerOfProvince(provinceCode)) {
            @Override
            public String getFilename() {
                return "province-" + provinceCode + ".csv";
            }
        });
        http("merger-service").post().uri("/api/v1/register/imports").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(form).retrieve().toBodilessEntity();
    }

    /** Commune-level units (xã, phường, đặc khu) staffing-service knows in a province on a date. */
    static List<?> unitsInStaffing(String province, String asOf) {
        List<?> units = http("staffing-service").get()
                .uri("/api/v1/units?provinceCode={p}&asOf={d}", province, asOf).retrieve().body(List.class);
        return units.stream().filter(unit -> !"PROVINCE".equals(((Map<?, ?>) unit).get("type"))).toList();
    }
}
