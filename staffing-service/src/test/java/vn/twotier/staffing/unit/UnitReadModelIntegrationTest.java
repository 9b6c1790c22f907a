package vn.twotier.staffing.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatusCode;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.client.RestClient;
import vn.twotier.events.merger.LineageLink;
import vn.twotier.events.merger.MergeShare;
import vn.twotier.events.merger.UnitRegistered;
import vn.twotier.events.merger.UnitRetired;
import vn.twotier.events.merger.UnitType;
import vn.twotier.staffing.support.ServiceTest;
import vn.twotier.staffing.support.TestEvents;

@ServiceTest
class UnitReadModelIntegrationTest {

    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    private static final LocalDate OLD = LocalDate.of(2008, 1, 1);

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    MongoTemplate mongo;

    @LocalServerPort
    int port;

    private static String province() {
        return "P" + UUID.randomUUID().toString().substring(0, 5);
    }

    @Test
    void unitEventsBuildAQueryableTemporalRegister() throws Exception {
        String province = province();
        // Hà Tĩnh-like: two old communes merge into a new one that reuses the first code
        kafka.send(TestEvents.record(new UnitRegistered("18001", OLD, null, "Xã Xuân An", UnitType.COMMUNE, province,
                "Huyện Nghi Xuân", 20.5, List.of()))).get();
        kafka.send(TestEvents.record(new UnitRegistered("18002", OLD, null, "Xã Xuân Hội", UnitType.COMMUNE,
                province, "Huyện Nghi Xuân", 10.0, List.of()))).get();
        List<LineageLink> predecessors = List.of(new LineageLink("18001", OLD, MergeShare.FULL),
                new LineageLink("18002", OLD, MergeShare.FULL));
        kafka.send(TestEvents.record(new UnitRegistered("18001", REFORM, null, "Xã Nghi Xuân", UnitType.COMMUNE,
                province, null, 30.5, predecessors))).get();
        List<LineageLink> successor = List.of(new LineageLink("18001", REFORM, MergeShare.FULL));
        kafka.send(TestEvents.record(new UnitRetired("18001", OLD, REFORM.minusDays(1), province, successor))).get();
        kafka.send(TestEvents.record(new UnitRetired("18002", OLD, REFORM.minusDays(1), province, successor))).get();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<Map<String, Object>> after = list(province, "2025-07-01");
            assertThat(after).extracting(unit -> unit.get("name")).containsExactly("Xã Nghi Xuân");
            assertThat(list(province, "2025-06-30")).extracting(unit -> unit.get("name"))
                    .containsExactly("Xã Xuân An", "Xã Xuân Hội");
        });
        assertThat(list(province, null)).hasSize(3);

        Map<String, Object> current = http().get().uri("/api/v1/units/18001").retrieve().body(MAP);
        assertThat(current).containsEntry("name", "Xã Nghi Xuân").containsEntry("typeName", "Xã")
                .containsEntry("validFrom", "2025-07-01");
        assertThat((List<?>) current.get("predecessors")).hasSize(2);
        Map<String, Object> before = http().get().uri("/api/v1/units/18001?asOf=2025-06-30").retrieve().body(MAP);
        assertThat(before).containsEntry("name", "Xã Xuân An").containsEntry("validTo", "2025-06-30");
    }

    @Test
    void aRedeliveredEventChangesNothing() throws Exception {
        String province = province();
        String code = "9" + UUID.randomUUID().toString().substring(0, 4);
        UnitRegistered event = new UnitRegistered(code, REFORM, null, "Phường Thành Vinh", UnitType.WARD, province,
                null, 12.0, List.of());
        String eventId = UUID.randomUUID().toString();
        kafka.send(TestEvents.record(eventId, event)).get();
        kafka.send(TestEvents.record(eventId, event)).get();
        // the same fact under a new event id (a re-import) must not duplicate either
        kafka.send(TestEvents.record(event)).get();
        String marker = code + "M";
        kafka.send(TestEvents.record(new UnitRegistered(marker, REFORM, null, "Phường Trường Vinh", UnitType.WARD,
                province, null, 20.0, List.of()))).get();

        await().atMost(Duration.ofSeconds(30)).until(() -> list(province, null).size() == 2);
        assertThat(list(province, null)).extracting(unit -> unit.get("code")).containsExactly(code, marker);
        assertThat(mongo.getCollection("units").countDocuments(new org.bson.Document("code", code))).isEqualTo(1);
    }

    @Test
    void anUnknownUnitIsAProblem() {
        var response = http().get().uri("/api/v1/units/00000").retrieve()
                .onStatus(HttpStatusCode::isError, (request, resp) -> { }).toEntity(MAP);
        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getBody()).containsEntry("type", "https://twotier.vn/problems/unit-not-found");
    }

    private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
    };

    private List<Map<String, Object>> list(String province, String asOf) {
        return http().get().uri(asOf == null ? "/api/v1/units?provinceCode=" + province
                : "/api/v1/units?provinceCode=" + province + "&asOf=" + asOf).retrieve()
                .body(new ParameterizedTypeReference<>() {
                });
    }

    private RestClient http() {
        return RestClient.create("http://localhost:" + port);
    }
}
