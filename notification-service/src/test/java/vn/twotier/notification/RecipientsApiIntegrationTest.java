package vn.twotier.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The recipients directory as an operator keeps it: by hand over HTTP, or from a CSV or Excel file. */
@NotificationServiceTest
@SuppressWarnings({"unchecked", "rawtypes"})
class RecipientsApiIntegrationTest extends ServiceTestSupport {

    @Test
    void aRecipientIsCreatedChangedWithItsVersionAndRemoved() {
        String province = TestEvents.code();
        Map<String, Object> created = createRecipient(Map.of("provinceCode", province, "role", "Sở Nội vụ",
                "name", "Phòng Tổ chức – Sở Nội vụ", "email", "To.Chuc@SoNoiVu.gov.vn"));
        String id = (String) created.get("id");
        assertThat(created).containsEntry("role", "HOME_AFFAIRS_DEPARTMENT").containsEntry("unitCode", province)
                .containsEntry("email", "to.chuc@sonoivu.gov.vn").containsEntry("active", true);

        Map<String, Object> change = Map.of("provinceCode", province, "role", "HOME_AFFAIRS_DEPARTMENT",
                "name", "Sở Nội vụ", "digest", true, "version", created.get("version"));
        Map<String, Object> changed = http().put().uri("/api/v1/recipients/{id}", id).body(change).retrieve()
                .body(Map.class);
        assertThat(changed).containsEntry("name", "Sở Nội vụ").containsEntry("digest", true);
        assertThat(changed).doesNotContainKey("email");

        ResponseEntity<Map> stale = exchange(http().put().uri("/api/v1/recipients/{id}", id).body(change));
        assertThat(stale.getStatusCode().value()).as("second edit from the same old version").isEqualTo(409);

        assertThat(http().delete().uri("/api/v1/recipients/{id}", id).retrieve().toBodilessEntity()
                .getStatusCode().value()).isEqualTo(204);
        assertThat(exchange(http().get().uri("/api/v1/recipients/{id}", id)).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void anInvalidRecipientIsRefusedWithEveryProblemNamed() {
        ResponseEntity<Map> response = exchange(http().post().uri("/api/v1/recipients").body(Map.of(
                "provinceCode", "01", "role", "MAYOR", "name", " ", "email", "not-an-address",
                "webhookUrl", "ftp://example.org/hook")));
        assertThat(response.getStatusCode().value()).isEqualTo(422);
        List<Map<String, Object>> errors = (List<Map<String, Object>>) response.getBody().get("errors");
        assertThat(errors).extracting(error -> error.get("field"))
                .containsExactlyInAnyOrder("role", "name", "email", "webhookUrl", "webhookSecret");
    }

    @Test
    void aCsvImportStoresAllRowsOnceAndAReimportUpdatesThem() {
        String province = TestEvents.code();
        String csv = "province_code,unit_code,role,name,email,digest\n"
                + province + ",,PROVINCE_ORGANIZATION_COMMITTEE,Ban Tổ chức Tỉnh ủy,btc@tinh.vn,\n"
                + province + ",00101,Chủ tịch UBND cấp xã,Chủ tịch UBND Xã Đông Hưng,,có\n"
                + province + ",00102,COMMUNE_OFFICE,Văn phòng Xã Tây Hưng,vp@xa.vn,\n";

        Map<String, Object> first = upload("recipients.csv", csv.getBytes(StandardCharsets.UTF_8));
        Map<String, Object> again = upload("recipients.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(first).containsEntry("rows", 3).containsEntry("created", 3).containsEntry("updated", 0);
        assertThat(again).containsEntry("created", 0).containsEntry("updated", 3);
        List<Map<String, Object>> stored = http().get().uri("/api/v1/recipients?provinceCode={p}", province)
                .retrieve().body(List.class);
        assertThat(stored).hasSize(3);
        assertThat(stored).filteredOn(r -> "00101".equals(r.get("unitCode"))).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("role", "COMMUNE_CHAIR").containsEntry("digest", true));
    }

    @Test
    void aFileWithBadRowsStoresNothingAndNamesEachLine() {
        String province = TestEvents.code();
        String csv = "province_code,unit_code,role,name,webhook_url,webhook_secret\n"
                + province + ",00201,COMMUNE_CHAIR,Chủ tịch A,,\n"
                + province + ",,COMMUNE_CHAIR,Chủ tịch B,,\n"
                + province + ",00203,COMMUNE_OFFICE,Văn phòng C,https://xa-c.example/hook,short\n";

        ResponseEntity<Map> response = uploadExpectingError("bad.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(response.getStatusCode().value()).isEqualTo(422);
        List<Map<String, Object>> errors = (List<Map<String, Object>>) response.getBody().get("errors");
        assertThat(errors).extracting(e -> e.get("line") + ":" + e.get("field"))
                .containsExactlyInAnyOrder("3:unitCode", "4:webhookSecret");
        assertThat(http().get().uri("/api/v1/recipients?provinceCode={p}", province).retrieve().body(List.class))
                .isEmpty();
    }

    @Test
    void anExcelFileImportsLikeACsv() throws IOException {
        String province = TestEvents.code();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Người nhận");
            String[] header = {"province_code", "unit_code", "role", "name", "person_id", "email"};
            for (int c = 0; c < header.length; c++) {
                sheet.value(0, c, header[c]);
            }
            String[] row = {province, "00301", "SECONDED_PERSON", "Lê Thị Hoa", "NV-0042", "hoa@example.vn"};
            for (int c = 0; c < row.length; c++) {
                sheet.value(1, c, row[c]);
            }
        }

        Map<String, Object> result = upload("nguoi-nhan.xlsx", out.toByteArray());

        assertThat(result).containsEntry("created", 1);
        List<Map<String, Object>> stored = http().get().uri("/api/v1/recipients?unitCode=00301&provinceCode={p}",
                province).retrieve().body(List.class);
        assertThat(stored).singleElement().satisfies(r -> assertThat(r).containsEntry("name", "Lê Thị Hoa")
                .containsEntry("role", "SECONDED_PERSON").containsEntry("personId", "NV-0042"));
    }

    private Map<String, Object> upload(String name, byte[] content) {
        return http().post().uri("/api/v1/recipients/import").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(multipart(name, content)).retrieve().body(Map.class);
    }

    private ResponseEntity<Map> uploadExpectingError(String name, byte[] content) {
        return exchange(http().post().uri("/api/v1/recipients/import").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(multipart(name, content)));
    }

    private static MultiValueMap<String, Object> multipart(String name, byte[] content) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        return parts;
    }
}
