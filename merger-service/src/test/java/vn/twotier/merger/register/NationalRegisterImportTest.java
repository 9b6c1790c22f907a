package vn.twotier.merger.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.twotier.merger.support.MergerApi.number;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.bson.Document;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.ResponseEntity;
import vn.twotier.events.Topics;
import vn.twotier.events.merger.RegisterImported;
import vn.twotier.events.merger.UnitRegistered;
import vn.twotier.events.merger.UnitRetired;
import vn.twotier.merger.support.MergerApi;
import vn.twotier.merger.support.SharedData;
import vn.twotier.merger.support.TopicProbe;
import vn.twotier.testing.TestInfrastructureConfiguration;

/** The 33-province mapping file imported once, over HTTP, then checked as a user of the register would. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=merger-service", "test.context=national-register"})
@Import(TestInfrastructureConfiguration.class)
// one context per class: close it afterwards so its outbox relay stops polling while other classes run
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NationalRegisterImportTest {

    private static final String AFTER = "2025-07-01";
    private static final String BEFORE = "2025-06-30";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaProperties kafkaProperties;

    MergerApi api;
    List<Map<String, String>> rows;
    Map<String, Object> job;
    String correlationId = "national-" + UUID.randomUUID();

    @BeforeAll
    void importNationalFile() {
        api = new MergerApi(port);
        rows = SharedData.mergerRows();
        long started = System.nanoTime();
        ResponseEntity<Map> response = api.upload("/api/v1/register/imports", SharedData.MERGERS,
                SharedData.bytes(SharedData.MERGERS), correlationId);
        System.out.printf("National import of %d rows: %d ms over HTTP%n", rows.size(),
                (System.nanoTime() - started) / 1_000_000);
        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(201);
        assertThat(response.getHeaders().getLocation()).isNotNull();
        job = response.getBody();
    }

    @Test
    void theJobReportsEveryRowDoneAndBothSidesOfTheReform() {
        Map<String, Object> stored = api.get("/api/v1/register/imports/{id}", job.get("id"));
        assertThat(stored.get("status")).isEqualTo("COMPLETED");
        assertThat(number(stored, "rowsTotal")).isEqualTo(rows.size()).isEqualTo(10_190);
        assertThat(number(stored, "rowsDone")).isEqualTo(rows.size());
        long newUnits = distinct("new_unit_code");
        long oldUnits = distinct("old_unit_code");
        long provinces = distinct("province_code");
        assertThat(newUnits).isEqualTo(3_191);
        assertThat(oldUnits).isEqualTo(9_640);
        assertThat(number(stored, "unitsRegistered")).isEqualTo(newUnits + oldUnits + provinces);
        assertThat(number(stored, "unitsRetired")).isEqualTo(oldUnits);
        assertThat(number(stored, "unitsUnchanged")).isZero();
        assertThat((List<?>) stored.get("provinces")).hasSize((int) provinces);
    }

    @Test
    void nationalTotalsAfterTheReformAreTheOfficialOnesWithoutNgheAn() {
        int total = 0;
        int xa = 0;
        int phuong = 0;
        int dacKhu = 0;
        for (String province : provinceCodes()) {
            Map<String, Object> summary = summary(province, AFTER);
            total += number(summary, "total");
            xa += number(summary, "xa");
            phuong += number(summary, "phuong");
            dacKhu += number(summary, "dacKhu");
            assertThat(number(summary, "thiTran")).isZero();
            assertThat(number(summary, "districts")).isZero();
        }
        // 3,321 = 2,621 xã + 687 phường + 13 đặc khu nationally; Nghệ An (119 xã + 11 phường) is not in the file
        assertThat(total).isEqualTo(3_321 - 130).isEqualTo(3_191);
        assertThat(xa).isEqualTo(2_621 - 119);
        assertThat(phuong).isEqualTo(687 - 11);
        assertThat(dacKhu).isEqualTo(13);
    }

    @Test
    void haTinhHas69UnitsFromTheReformAndItsOldUnitsTheDayBefore() {
        Map<String, Object> after = summary("42", AFTER);
        assertThat(after).containsEntry("provinceCode", "42").containsEntry("asOf", AFTER)
                .containsEntry("provinceName", "Tỉnh Hà Tĩnh");
        assertThat(number(after, "total")).isEqualTo(69);
        assertThat(number(after, "xa") + number(after, "phuong")).isEqualTo(69);

        Map<String, Object> before = summary("42", BEFORE);
        List<Map<String, String>> haTinh = rows.stream().filter(row -> row.get("province_code").equals("42")).toList();
        Map<String, Long> oldByType = haTinh.stream().collect(Collectors.groupingBy(row -> row.get("old_unit_code"),
                Collectors.collectingAndThen(Collectors.toList(), list -> list.get(0).get("old_unit_type"))))
                .values().stream().collect(Collectors.groupingBy(type -> type, Collectors.counting()));
        assertThat(number(before, "xa")).isEqualTo(oldByType.get("Xã").intValue());
        assertThat(number(before, "phuong")).isEqualTo(oldByType.get("Phường").intValue());
        assertThat(number(before, "thiTran")).isEqualTo(oldByType.get("Thị trấn").intValue());
        assertThat(number(before, "total")).isEqualTo(oldByType.values().stream().mapToInt(Long::intValue).sum());
        assertThat(number(before, "districts"))
                .isEqualTo(haTinh.stream().map(row -> row.get("old_district")).distinct().count());
        assertThat(api.list("/api/v1/provinces/42/units?asOf=" + AFTER)).hasSize(69)
                .allSatisfy(unit -> assertThat(unit).containsEntry("parentCode", "42"));
    }

    @Test
    void everyProvinceSummaryMatchesTheFileOnBothSidesOfTheReform() {
        for (String province : provinceCodes()) {
            List<Map<String, String>> own = rows.stream().filter(row -> row.get("province_code").equals(province))
                    .toList();
            long communeLevelOld = own.stream().filter(row -> !row.get("old_unit_type").equals("Huyện"))
                    .map(row -> row.get("old_unit_code")).distinct().count();
            assertThat(number(summary(province, AFTER), "total")).as(province)
                    .isEqualTo(own.stream().map(row -> row.get("new_unit_code")).distinct().count());
            assertThat(number(summary(province, BEFORE), "total")).as(province).isEqualTo(communeLevelOld);
        }
    }

    @Test
    void searchIgnoresCaseAndToneMarksAndFindsCodes() {
        assertThat(api.list("/api/v1/units?q={q}&asOf=" + AFTER, "thanh sen"))
                .extracting(unit -> unit.get("name")).contains("Phường Thành Sen");
        assertThat(api.list("/api/v1/units?q={q}&asOf=" + AFTER, "PHUONG THANH SEN"))
                .extracting(unit -> unit.get("code")).containsExactly("18073");
        assertThat(api.list("/api/v1/units?q={q}&provinceCode=42", "thành sen"))
                .allSatisfy(unit -> assertThat(unit.get("provinceCode")).isEqualTo("42")).isNotEmpty();
        assertThat(api.list("/api/v1/units?q=18073")).extracting(unit -> unit.get("validFrom"))
                .contains(AFTER);
        Map<String, Object> unit = api.get("/api/v1/units/18073?asOf=" + AFTER);
        assertThat(unit).containsEntry("name", "Phường Thành Sen").containsEntry("type", "WARD")
                .containsEntry("typeName", "Phường");
    }

    @Test
    void historyFollowsLineageBothWaysWithShares() {
        // an old unit split between several new units (partial shares), as the file says
        Map<String, String> split = rows.stream().filter(row -> row.get("merge_share").equals("partial"))
                .findFirst().orElseThrow();
        String oldCode = split.get("old_unit_code");
        Set<String> successors = rows.stream().filter(row -> row.get("old_unit_code").equals(oldCode))
                .map(row -> row.get("new_unit_code")).collect(Collectors.toSet());
        Map<String, Object> history = api.get("/api/v1/units/{code}/history", oldCode);
        List<Map<String, Object>> descendants = entries(history, "descendants");
        assertThat(descendants).extracting(entry -> unitOf(entry).get("code"))
                .containsAll(successors.stream().filter(code -> !code.equals(oldCode)).toList());
        assertThat(descendants).allSatisfy(entry -> assertThat(entry.get("share")).isEqualTo("PARTIAL"));

        String newCode = split.get("new_unit_code");
        Set<String> predecessors = rows.stream().filter(row -> row.get("new_unit_code").equals(newCode))
                .map(row -> row.get("old_unit_code")).collect(Collectors.toSet());
        Map<String, Object> newHistory = api.get("/api/v1/units/{code}/history", newCode);
        Set<Object> ancestors = entries(newHistory, "ancestors").stream().map(entry -> unitOf(entry).get("code"))
                .collect(Collectors.toSet());
        predecessors.remove(newCode); // the same code's own old version is listed among the versions
        assertThat(ancestors).containsAll(predecessors);
    }

    @Test
    void eventsAreConsumableWithTheirCloudEventsTypeAndKey() {
        List<TopicProbe.Consumed> consumed = await().atMost(Duration.ofSeconds(90)).until(
                () -> new TopicProbe(kafkaProperties).read(Topics.MERGER_UNITS,
                        TopicProbe.correlatedWith(correlationId)),
                events -> events.stream().filter(e -> e.event().data() instanceof RegisterImported).count()
                        == distinct("province_code"));
        TopicProbe.Consumed registered = consumed.stream()
                .filter(e -> e.event().data() instanceof UnitRegistered unit && unit.unitCode().equals("18073")
                        && unit.validFrom().equals(LocalDate.parse(AFTER)))
                .findFirst().orElseThrow();
        assertThat(registered.key()).isEqualTo("18073");
        assertThat(registered.typeHeader()).isEqualTo("vn.twotier.merger.unit.registered.v1");
        assertThat(((UnitRegistered) registered.event().data()).predecessors()).isNotEmpty();

        TopicProbe.Consumed retired = consumed.stream().filter(e -> e.event().data() instanceof UnitRetired)
                .findFirst().orElseThrow();
        assertThat(retired.typeHeader()).isEqualTo("vn.twotier.merger.unit.retired.v1");
        assertThat(retired.key()).isEqualTo(((UnitRetired) retired.event().data()).unitCode());
        assertThat(((UnitRetired) retired.event().data()).validTo()).isEqualTo(BEFORE);

        TopicProbe.Consumed haTinh = consumed.stream().filter(e -> e.event().data() instanceof RegisterImported
                imported && imported.provinceCode().equals("42")).findFirst().orElseThrow();
        assertThat(haTinh.key()).isEqualTo("42");
        assertThat(haTinh.typeHeader()).isEqualTo("vn.twotier.merger.register.imported.v1");
        assertThat(((RegisterImported) haTinh.event().data()).unitsRegistered()).isEqualTo(69 + 210 + 1);
        assertThat(consumed.stream().filter(e -> e.event().data() instanceof UnitRegistered).count())
                .isEqualTo(number(job, "unitsRegistered"));
        assertThat(consumed.stream().filter(e -> e.event().data() instanceof UnitRetired).count())
                .isEqualTo(number(job, "unitsRetired"));
    }

    @Test
    void reimportingTheSameFileChangesNothingAndEmitsNothing() {
        await().atMost(Duration.ofSeconds(90)).until(() -> pendingEvents() == 0);
        Document before = mongo.getCollection("units").find(new Document("_id", "18073@" + AFTER)).first();
        String again = "again-" + UUID.randomUUID();

        ResponseEntity<Map> response = api.upload("/api/v1/register/imports", SharedData.MERGERS,
                SharedData.bytes(SharedData.MERGERS), again);

        assertThat(response.getStatusCode().value()).isEqualTo(201);
        Map<String, Object> second = response.getBody();
        assertThat(number(second, "unitsRegistered")).isZero();
        assertThat(number(second, "unitsRetired")).isZero();
        assertThat(number(second, "unitsUnchanged")).isEqualTo(number(job, "unitsRegistered"));
        assertThat(pendingEvents()).as("no event was recorded").isZero();
        assertThat(mongo.getCollection("units").find(new Document("_id", "18073@" + AFTER)).first())
                .isEqualTo(before);
        assertThat(new TopicProbe(kafkaProperties).read(Topics.MERGER_UNITS, TopicProbe.correlatedWith(again)))
                .isEmpty();
    }

    @Test
    void anXlsxOfTheSameRowsReadsExactlyLikeTheCsv() throws IOException {
        List<String> header = SharedData.mergerHeader();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("mapping");
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
        }
        List<Map<String, String>> haTinh = rows.stream().filter(row -> row.get("province_code").equals("42")).toList();
        for (int r = 0; r < haTinh.size(); r++) {
            for (int c = 0; c < header.size(); c++) {
                String value = haTinh.get(r).get(header.get(c));
                if (header.get(c).equals("new_area_km2") && !value.isEmpty()) {
                    sheet.value(r + 1, c, Double.parseDouble(value)); // a number cell, as a spreadsheet would have
                } else {
                    sheet.value(r + 1, c, value);
                }
            }
        }
        workbook.finish();

        ResponseEntity<Map> response = api.upload("/api/v1/register/imports", "ha-tinh.xlsx", out.toByteArray(),
                "xlsx-" + UUID.randomUUID());

        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(201);
        assertThat(number(response.getBody(), "rowsTotal")).isEqualTo(haTinh.size());
        assertThat(number(response.getBody(), "unitsRegistered")).isZero();
        assertThat(number(response.getBody(), "unitsRetired")).isZero();
        assertThat(number(response.getBody(), "unitsUnchanged")).isEqualTo(69 + 210 + 1);
    }

    @Test
    void aBadFileIsRefusedWithEveryBadLineAndNothingIsStored() {
        long units = mongo.getCollection("units").countDocuments();
        long jobs = mongo.getCollection("register_import_jobs").countDocuments();
        List<String> header = SharedData.mergerHeader();
        List<List<String>> bad = List.of(
                row(header, "99001", "Xã Thử Một", "Xã", "42", "99101", "full"),
                row(header, "", "Xã Thử Hai", "Xã", "42", "99102", "full"),
                row(header, "99003", "Xã Thử Ba", "Làng", "42", "99103", "full"),
                row(header, "99001", "Xã Thử Một", "Xã", "44", "99104", "full"),
                row(header, "99004", "Xã Thử Bốn", "Xã", "42", "99101", "full"),
                row(header, "99005", "Xã Thử Năm", "Xã", "42", "99105", "half"));

        ResponseEntity<Map> response = api.upload("/api/v1/register/imports", "bad.csv",
                SharedData.csv(header, bad), "bad-" + UUID.randomUUID());

        assertThat(response.getStatusCode().value()).isEqualTo(422);
        assertThat(response.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(response.getBody().get("type")).isEqualTo("https://twotier.vn/problems/invalid-mapping-file");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) response.getBody().get("errors");
        assertThat(errors).extracting(error -> error.get("line"), error -> error.get("code")).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "missing-value"),
                org.assertj.core.groups.Tuple.tuple(4, "unknown-type"),
                org.assertj.core.groups.Tuple.tuple(5, "new-unit-in-two-provinces"),
                org.assertj.core.groups.Tuple.tuple(6, "old-unit-merged-twice"),
                org.assertj.core.groups.Tuple.tuple(7, "unknown-share"));
        assertThat(errors).allSatisfy(error -> assertThat((String) error.get("message")).isNotBlank());
        assertThat(mongo.getCollection("units").countDocuments()).isEqualTo(units);
        assertThat(mongo.getCollection("register_import_jobs").countDocuments()).isEqualTo(jobs);
        assertThat(api.list("/api/v1/units?q=99")).isEmpty();
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefused() {
        byte[] csv = SharedData.csv(List.of("new_unit_code", "new_unit_name"), List.of(List.of("99001", "Xã Thử")));
        ResponseEntity<Map> response = api.upload("/api/v1/register/imports", "bad.csv", csv, "bad-" + UUID.randomUUID());
        assertThat(response.getStatusCode().value()).isEqualTo(422);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) response.getBody().get("errors");
        assertThat(errors).extracting(error -> error.get("field")).contains("new_unit_type", "province_code",
                "old_unit_code", "merge_share");
        assertThat(errors).allSatisfy(error -> assertThat(error.get("line")).isEqualTo(1));
    }

    private static List<String> row(List<String> header, String newCode, String newName, String newType,
            String province, String oldCode, String share) {
        Map<String, String> values = Map.of("new_unit_code", newCode, "new_unit_name", newName, "new_unit_type",
                newType, "province", "Tỉnh Thử", "province_code", province, "old_unit_code", oldCode,
                "old_unit_name", "Xã Cũ " + oldCode, "old_unit_type", "Xã", "merge_share", share);
        return header.stream().map(column -> values.getOrDefault(column, "")).toList();
    }

    private long pendingEvents() {
        return mongo.getCollection("units").countDocuments(new Document("outbox.0", new Document("$exists", true)))
                + mongo.getCollection("register_province_changes")
                        .countDocuments(new Document("outbox.0", new Document("$exists", true)));
    }

    private Map<String, Object> summary(String province, String asOf) {
        return api.get("/api/v1/provinces/{code}/summary?asOf={asOf}", province, asOf);
    }

    private List<String> provinceCodes() {
        return rows.stream().map(row -> row.get("province_code")).distinct().sorted().toList();
    }

    private long distinct(String column) {
        return rows.stream().map(row -> row.get(column)).distinct().count();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> entries(Map<String, Object> history, String field) {
        return (List<Map<String, Object>>) history.get(field);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> unitOf(Map<String, Object> entry) {
        return (Map<String, Object>) entry.get("unit");
    }
}
