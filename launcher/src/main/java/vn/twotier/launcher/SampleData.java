package vn.twotier.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Loads the sample data on first start, through the services' public HTTP APIs as a user would: the 2025 register
 * of 33 provinces (shipped in this module), then synthetic rosters (fixed seed) for a few provinces so the gap
 * matrix is populated. A marker file in the data directory makes later starts skip it.
 */
public final class SampleData {

    /** Provinces that get a generated roster: Hà Tĩnh (the domain's worked example), Quảng Trị, Cao Bằng. */
    static final List<String> ROSTER_PROVINCES = List.of("42", "44", "04");
    static final long SEED = 20250701L;
    private static final String REGISTER = "sample/commune_mergers_2025.csv";

    private final Path marker;

    public SampleData(Path dataDirectory) {
        this.marker = dataDirectory.resolve("sample-data.loaded");
    }

    public boolean alreadyLoaded() {
        return Files.exists(marker);
    }

    public void load(String mergerUrl, String staffingUrl, Consumer<String> progress) throws IOException {
        RestClient merger = client(mergerUrl);
        byte[] csv;
        try (InputStream in = SampleData.class.getClassLoader().getResourceAsStream(REGISTER)) {
            if (in == null) {
                throw new IOException("Sample register " + REGISTER + " is missing from the launcher");
            }
            csv = in.readAllBytes();
        }
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(csv) {
            @Override
            public String getFilename() {
                return "commune_mergers_2025.csv";
            }
        });
        long started = System.nanoTime();
        Map<?, ?> job = merger.post().uri("/api/v1/register/imports").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(form).retrieve().body(Map.class);
        progress.accept("register of 33 provinces imported (" + job.get("rowsTotal") + " rows) in "
                + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
        RestClient staffing = client(staffingUrl);
        for (String province : ROSTER_PROVINCES) {
            awaitStaffingKnowsProvince(merger, staffing, province, progress);
            Map<?, ?> roster = staffing.post().uri("/api/v1/rosters/generate").contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("provinceCode", province, "seed", SEED, "asOf", "2025-07-01"))
                    .retrieve().body(Map.class);
            progress.accept("synthetic roster for province " + province + ": " + roster);
        }
        Files.writeString(marker, "loaded\n");
    }

    /**
     * Staffing learns the register from events, asynchronously: a roster generated before all of a province's units
     * arrived would leave some out, so wait until staffing has as many units in force as merger's summary says.
     */
    private static void awaitStaffingKnowsProvince(RestClient merger, RestClient staffing, String province,
            Consumer<String> progress) {
        Map<?, ?> summary = merger.get().uri("/api/v1/provinces/{p}/summary?asOf=2025-07-01", province).retrieve()
                .body(Map.class);
        int expected = ((Number) summary.get("total")).intValue();
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        int known = -1;
        while (System.nanoTime() < deadline) {
            List<?> units = staffing.get().uri("/api/v1/units?provinceCode={p}&asOf=2025-07-01", province)
                    .retrieve().body(List.class);
            known = (int) units.stream().filter(unit -> !"PROVINCE".equals(((Map<?, ?>) unit).get("type"))).count();
            if (known >= expected) {
                return;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("staffing-service knows " + known + " of the " + expected
                + " units of province " + province + " after 10 minutes");
    }

    private static RestClient client(String baseUrl) {
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setReadTimeout(Duration.ofMinutes(5));
        return RestClient.builder().baseUrl(baseUrl).requestFactory(factory).build();
    }
}
