package vn.twotier.merger.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.twotier.merger.support.MergerApi.number;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.http.ResponseEntity;
import vn.twotier.events.Topics;
import vn.twotier.events.merger.RegisterImported;
import vn.twotier.events.merger.UnitRegistered;
import vn.twotier.events.merger.UnitRetired;
import vn.twotier.merger.support.MergerApi;
import vn.twotier.merger.support.SharedData;
import vn.twotier.merger.support.TopicProbe;
import vn.twotier.testing.TestInfrastructureConfiguration;

/** A pre-reform-only load, then the same file in full: the old units are retired, not registered again. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=merger-service", "test.context=pre-reform"})
@Import(TestInfrastructureConfiguration.class)
// one context per class: close it afterwards so its outbox relay stops polling while other classes run
@DirtiesContext
class PreReformImportTest {

    @LocalServerPort
    int port;

    @Autowired
    KafkaProperties kafkaProperties;

    @Test
    void preReformLoadKeepsOldUnitsValidAndAFullImportThenRetiresThem() {
        MergerApi api = new MergerApi(port);
        String province = "44"; // Quảng Trị
        byte[] file = SharedData.mergersWhere(row -> row.get("province_code").equals(province));
        List<Map<String, String>> rows = SharedData.mergerRows().stream()
                .filter(row -> row.get("province_code").equals(province)).toList();
        long oldUnits = rows.stream().map(row -> row.get("old_unit_code")).distinct().count();
        long oldCommuneLevel = rows.stream().filter(row -> !row.get("old_unit_type").equals("Huyện"))
                .map(row -> row.get("old_unit_code")).distinct().count();
        long newUnits = rows.stream().map(row -> row.get("new_unit_code")).distinct().count();

        ResponseEntity<Map> pre = api.upload("/api/v1/register/imports?scope=pre-reform", "quang-tri.csv", file,
                "pre-" + UUID.randomUUID());
        assertThat(pre.getStatusCode().value()).as("%s", pre.getBody()).isEqualTo(201);
        assertThat(pre.getBody()).containsEntry("scope", "PRE_REFORM");
        assertThat(number(pre.getBody(), "unitsRegistered")).isEqualTo(oldUnits + 1);
        assertThat(number(pre.getBody(), "unitsRetired")).isZero();
        // without the reform the old units simply stay valid
        Map<String, Object> summary = api.get("/api/v1/provinces/44/summary?asOf=2025-07-01");
        assertThat(number(summary, "total")).isEqualTo(oldCommuneLevel);
        assertThat(number(summary, "districts")).isPositive();

        String fullCorrelation = "full-" + UUID.randomUUID();
        ResponseEntity<Map> full = api.upload("/api/v1/register/imports", "quang-tri.csv", file, fullCorrelation);
        assertThat(number(full.getBody(), "unitsRegistered")).isEqualTo(newUnits);
        assertThat(number(full.getBody(), "unitsRetired")).isEqualTo(oldUnits);
        assertThat(number(full.getBody(), "unitsUnchanged")).isEqualTo(1); // the province itself
        assertThat(number(api.get("/api/v1/provinces/44/summary?asOf=2025-07-01"), "total")).isEqualTo(newUnits);
        assertThat(number(api.get("/api/v1/provinces/44/summary?asOf=2025-06-30"), "total"))
                .isEqualTo(oldCommuneLevel);

        List<TopicProbe.Consumed> events = await().atMost(Duration.ofSeconds(60)).until(
                () -> new TopicProbe(kafkaProperties).read(Topics.MERGER_UNITS,
                        TopicProbe.correlatedWith(fullCorrelation)),
                consumed -> consumed.stream().anyMatch(e -> e.event().data() instanceof RegisterImported));
        assertThat(events.stream().filter(e -> e.event().data() instanceof UnitRegistered).count())
                .isEqualTo(newUnits);
        assertThat(events.stream().filter(e -> e.event().data() instanceof UnitRetired).count()).isEqualTo(oldUnits);
    }

    @Test
    void anAsynchronousImportAnswersAtOnceAndShowsItsProgress() {
        MergerApi api = new MergerApi(port);
        byte[] file = SharedData.mergersWhere(row -> row.get("province_code").equals("20")); // Lạng Sơn
        ResponseEntity<Map> accepted = api.upload("/api/v1/register/imports?async=true", "lang-son.csv", file,
                "async-" + UUID.randomUUID());
        assertThat(accepted.getStatusCode().value()).isEqualTo(202);
        assertThat(accepted.getHeaders().getLocation()).isNotNull();
        int rows = number(accepted.getBody(), "rowsTotal");
        Map<String, Object> done = await().atMost(Duration.ofSeconds(60)).until(
                () -> api.get(accepted.getHeaders().getLocation().getPath()),
                job -> !"RUNNING".equals(job.get("status")));
        assertThat(done).containsEntry("status", "COMPLETED");
        assertThat(number(done, "rowsDone")).isEqualTo(rows);
        assertThat(number(done, "unitsRegistered")).isPositive();
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        Map<String, Object> docs = new MergerApi(port).get("/v3/api-docs");
        @SuppressWarnings("unchecked")
        Map<String, Object> paths = (Map<String, Object>) docs.get("paths");
        assertThat(paths).containsKeys("/api/v1/register/imports", "/api/v1/register/imports/{id}",
                "/api/v1/provinces/{code}/summary", "/api/v1/provinces/{code}/units", "/api/v1/units",
                "/api/v1/units/{code}/history", "/api/v1/scenarios", "/api/v1/scenarios/{id}",
                "/api/v1/scenarios/{id}/submit", "/api/v1/scenarios/{id}/take-effect", "/api/v1/scenarios/imports",
                "/api/v1/scenarios/{id}/export", "/api/v1/scenarios/compare");
    }
}
