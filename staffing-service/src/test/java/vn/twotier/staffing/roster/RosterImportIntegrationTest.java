package vn.twotier.staffing.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import vn.twotier.events.Topics;
import vn.twotier.staffing.support.Http;
import vn.twotier.staffing.support.ServiceTest;
import vn.twotier.staffing.support.TestUnits;
import vn.twotier.staffing.support.TopicProbe;
import vn.twotier.staffing.unit.UnitReadModel;

@ServiceTest
class RosterImportIntegrationTest {

    private static final String HEADER = "person_id,full_name,birth_date,gender,category,position,specialty,unit_code,"
            + "sending_agency,pregnant,child_under_36_months\n";

    @Autowired
    UnitReadModel units;

    @Autowired
    KafkaProperties kafkaProperties;

    @LocalServerPort
    int port;

    @Test
    void aValidFileReplacesTheRostersOfItsUnitsAndAnIdenticalReimportChangesNothing() {
        TestUnits.communes(units, "71", "71", 2);
        String csv = HEADER
                + "P-1,Nguyễn Văn An,1980-03-02,Nam,Cán bộ,CT_UBND,,71001,,,\n"
                + "P-2,Trần Thị Bình,12/05/1990,Nữ,Công chức,VP_CNTT,,71001,,không,có\n"
                + "P-3,Lê Văn Cường,1975-01-01,M,CIVIL_SERVANT,KT_DIACHINH,LAND,71002,Sở Nông nghiệp và Môi trường,,\n";
        var first = upload("71", "roster.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(first.getStatusCode().value()).isEqualTo(200);
        assertThat(first.getBody()).containsEntry("changed", true).containsEntry("staffAdded", 3)
                .containsEntry("unitsChanged", 2);
        String importId = (String) first.getBody().get("importId");

        List<Map<String, Object>> roster = http().list("/api/v1/rosters/units/71001?asOf=2025-08-01");
        assertThat(roster).extracting(p -> p.get("fullName")).containsExactly("Nguyễn Văn An", "Trần Thị Bình");
        assertThat(roster.get(1)).containsEntry("specialtyCode", "IT").containsEntry("childUnder36Months", true);
        assertThat(http().list("/api/v1/rosters/units/71002?asOf=2025-08-01").get(0))
                .containsEntry("sendingAgency", "Sở Nông nghiệp và Môi trường");

        var again = upload("71", "roster-copy.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(again.getBody()).containsEntry("changed", false).containsEntry("staffAdded", 0);

        List<ConsumerRecord<String, byte[]>> events = new TopicProbe(kafkaProperties).read(Topics.STAFFING_ROSTERS,
                "71", Duration.ofSeconds(20), found -> !found.isEmpty());
        assertThat(events).hasSize(1);
        String body = TopicProbe.body(events.get(0));
        assertThat(TopicProbe.type(events.get(0))).isEqualTo("vn.twotier.staffing.roster.imported.v1");
        assertThat(body).contains(importId).contains("\"staffAdded\":3").contains("71001", "71002")
                .doesNotContain("Nguyễn").doesNotContain("Bình").doesNotContain("1990").doesNotContain("roster.csv");

        // the file lists 71002 only: P-1 moves there, P-3 leaves it; 71001, not in the file, keeps P-2
        String changed = HEADER + "P-1,Nguyễn Văn An,1980-03-02,Nam,Cán bộ,CT_UBND,,71002,,,\n";
        var third = upload("71", "roster.csv", changed.getBytes(StandardCharsets.UTF_8));
        assertThat(third.getBody()).containsEntry("staffUpdated", 1).containsEntry("staffRemoved", 1);
        assertThat(http().list("/api/v1/rosters/units/71001?asOf=2025-08-01")).extracting(p -> p.get("personId"))
                .containsExactly("P-2");
        assertThat(http().list("/api/v1/rosters/units/71002?asOf=2025-08-01")).extracting(p -> p.get("personId"))
                .containsExactly("P-1");
    }

    @Test
    void aFileWithBadRowsIsRejectedWholeWithEveryProblemAndItsLine() {
        TestUnits.communes(units, "72", "72", 1);
        String csv = HEADER
                + "Q-1,Phạm Văn Dũng,1980-03-02,Nam,Cán bộ,CT_UBND,,72001,,,\n"
                + "Q-2,Hoàng Thị Hoa,1990-13-40,Nữ,Công chức,VP_CNTT,,72001,,,\n"
                + "Q-3,Vũ Văn Em,1985-01-01,Nam,Công chức,NO_SUCH_POST,,72001,,có,\n"
                + "Q-1,Đỗ Văn Phúc,1985-01-01,X,Công chức,KT_DIACHINH,,99999,,,\n";
        var response = upload("72", "bad.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(response.getStatusCode().value()).isEqualTo(422);
        assertThat(response.getHeaders().getContentType().toString()).contains("problem+json");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) response.getBody().get("errors");
        assertThat(errors).extracting(e -> e.get("line") + ":" + e.get("field") + ":" + e.get("code"))
                .containsExactlyInAnyOrder("3:birth_date:invalid-date", "4:position:unknown",
                        "4:pregnant:inconsistent", "5:person_id:duplicate", "5:gender:invalid",
                        "5:unit_code:unknown-unit");
        assertThat(errors.toString()).doesNotContain("Hoàng Thị Hoa");
        assertThat(http().list("/api/v1/rosters/units/72001?asOf=2025-08-01")).as("nothing stored").isEmpty();

        var missing = upload("72", "bad.csv", "person_id,full_name\nX,Y\n".getBytes(StandardCharsets.UTF_8));
        assertThat(missing.getStatusCode().value()).isEqualTo(422);
        assertThat(missing.getBody()).containsEntry("errorCount", 5);
    }

    @Test
    void anXlsxRosterIsReadLikeACsvOne() throws Exception {
        TestUnits.communes(units, "73", "73", 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Danh sách");
            String[] header = {"Person ID", "Full name", "Birth date", "Gender", "Category", "Position", "Unit code"};
            for (int c = 0; c < header.length; c++) {
                sheet.value(0, c, header[c]);
            }
            sheet.value(1, 0, "X-1");
            sheet.value(1, 1, "Bùi Thị Giang");
            sheet.value(1, 2, java.time.LocalDate.of(1988, 4, 9));
            sheet.style(1, 2).format("yyyy-mm-dd").set();
            sheet.value(1, 3, "Nữ");
            sheet.value(1, 4, "Công chức");
            sheet.value(1, 5, "KT_TAICHINH");
            sheet.value(1, 6, 73001);
        }
        var response = upload("73", "roster.xlsx", out.toByteArray());
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        Map<String, Object> person = http().list("/api/v1/rosters/units/73001?asOf=2025-08-01").get(0);
        assertThat(person).containsEntry("birthDate", "1988-04-09").containsEntry("specialtyCode", "FINANCE")
                .containsEntry("gender", "FEMALE");
    }

    private ResponseEntity<Map<String, Object>> upload(String province, String name, byte[] content) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        return http().client().post().uri("/api/v1/rosters/import?provinceCode={p}&asOf=2025-08-01", province)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> { }).toEntity(Http.MAP);
    }

    private Http http() {
        return new Http(port);
    }
}
