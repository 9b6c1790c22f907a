package vn.twotier.staffing.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.twotier.staffing.support.Http;
import vn.twotier.staffing.support.ServiceTest;

@ServiceTest
@SuppressWarnings("unchecked")
class ReferenceDataIntegrationTest {

    @LocalServerPort
    int port;

    private Http http() {
        return new Http(port);
    }

    @Test
    void theShippedNormsAreLoadedAsVersionedData() {
        List<Map<String, Object>> norms = http().list("/api/v1/reference/norms");
        assertThat(norms).extracting(n -> n.get("normId")).contains("ND33-X-II", "CV09-GOV", "PARTY-XA",
                "NQ332-DEPUTY", "NA-KL586-80", "ND33-INC-AREA");
        Map<String, Object> gov = http().get("/api/v1/reference/norms/CV09-GOV");
        assertThat(gov).containsEntry("maxCount", 32).containsEntry("kind", "FRAME")
                .containsEntry("effectiveFrom", "2025-07-01").containsEntry("revision", 1);
        assertThat((List<Object>) gov.get("countedBlocks")).containsExactly("GOVERNMENT");
    }

    @Test
    void theNormInForceDependsOnTheDateTheTypeAndTheClass() {
        Map<String, Object> before = http().get("/api/v1/reference/norms/applicable?unitType=COMMUNE&unitClass=II"
                + "&provinceCode=42&asOf=2024-06-01");
        assertThat(before).containsEntry("normId", "ND33-X-II").containsEntry("maxCount", 20);
        Map<String, Object> ward = http().get("/api/v1/reference/norms/applicable?unitType=WARD&unitClass=I"
                + "&provinceCode=42&asOf=2024-06-01");
        assertThat(ward).containsEntry("maxCount", 23);
        Map<String, Object> after = http().get("/api/v1/reference/norms/applicable?unitType=COMMUNE&unitClass=II"
                + "&provinceCode=42&asOf=2025-08-01");
        assertThat(after).containsEntry("normId", "CV09-GOV").containsEntry("maxCount", 32);
        var party = http().get("/api/v1/reference/norms/applicable?unitType=WARD&provinceCode=42&kind=PARTY_FRAME"
                + "&asOf=2025-08-01");
        assertThat(party).containsEntry("maxCount", 17);
    }

    @Test
    void aProvinceOverrideWinsForThatProvinceOnlyAndEditsAreNewRevisions() {
        var created = http().exchange("POST", "/api/v1/reference/norms", Map.of(
                "normId", "P77-GOV", "regime", "Quyết định của UBND tỉnh (thử)", "effectiveFrom", "2025-09-01",
                "kind", "FRAME", "unitTypes", List.of("COMMUNE", "WARD"), "category", "commune government block",
                "maxCount", 35, "provinceCode", "77", "countedBlocks", List.of("GOVERNMENT")));
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        String query = "/api/v1/reference/norms/applicable?unitType=COMMUNE&provinceCode=%s&asOf=2025-10-01";
        assertThat(http().get(query.formatted("77"))).containsEntry("normId", "P77-GOV").containsEntry("maxCount", 35);
        assertThat(http().get(query.formatted("40"))).containsEntry("normId", "CV09-GOV");
        // before the override's start the national frame applies in that province too
        assertThat(http().get("/api/v1/reference/norms/applicable?unitType=COMMUNE&provinceCode=77&asOf=2025-08-01"))
                .containsEntry("normId", "CV09-GOV");

        var revised = http().exchange("PATCH", "/api/v1/reference/norms/P77-GOV",
                Map.of("maxCount", 34, "expectedRevision", 1));
        assertThat(revised.getBody()).containsEntry("revision", 2).containsEntry("maxCount", 34);
        var stale = http().exchange("PATCH", "/api/v1/reference/norms/P77-GOV",
                Map.of("maxCount", 30, "expectedRevision", 1));
        assertThat(stale.getStatusCode().value()).isEqualTo(409);
        assertThat(http().list("/api/v1/reference/norms/P77-GOV/revisions"))
                .extracting(r -> r.get("maxCount")).containsExactly(35, 34);
    }

    @Test
    void aNewNormWithoutRequiredFieldsListsEveryMissingField() {
        var response = http().exchange("POST", "/api/v1/reference/norms", Map.of("normId", "X-1"));
        assertThat(response.getStatusCode().value()).isEqualTo(422);
        assertThat((List<?>) response.getBody().get("errors")).hasSize(5);
    }

    @Test
    void thePositionCatalogueHasVietnameseAndEnglishNamesDepartmentsAndSpecialties() {
        Map<String, Object> it = http().get("/api/v1/reference/positions/VP_CNTT");
        assertThat(it).containsEntry("specialty", "IT").containsEntry("department", "VP")
                .containsEntry("category", "CIVIL_SERVANT").containsEntry("block", "GOVERNMENT");
        String name = (String) it.get("nameVi");
        assertThat(Normalizer.isNormalized(name, Normalizer.Form.NFC)).isTrue();
        assertThat(name).isEqualTo("Chuyên viên công nghệ thông tin – chuyển đổi số");
        assertThat(http().list("/api/v1/reference/departments")).extracting(d -> d.get("nameVi"))
                .contains("Văn phòng HĐND và UBND", "Phòng Văn hóa – Xã hội", "Trung tâm Phục vụ hành chính công");
        assertThat(http().list("/api/v1/reference/specialties")).filteredOn(s -> (Boolean) s.get("reportedWhenMissing"))
                .extracting(s -> s.get("code")).contains("IT", "LAND", "FINANCE", "CONSTRUCTION");
        int frame = http().list("/api/v1/reference/position-norms/GOV2025").stream()
                .mapToInt(n -> (Integer) n.get("count")).sum();
        assertThat(frame).as("the per-position norms add up to the frame of 32").isEqualTo(32);

        var edited = http().exchange("PUT", "/api/v1/reference/positions/VP_CNTT", Map.of("nameVi",
                "Công chức chuyển đổi số", "nameEn", "Digital transformation officer", "department", "VP",
                "block", "GOVERNMENT", "category", "CIVIL_SERVANT", "specialty", "IT"));
        assertThat(edited.getBody()).containsEntry("revision", 2).containsEntry("origin", "http");
        var wrong = http().exchange("PUT", "/api/v1/reference/positions/X1", Map.of("nameVi", "X", "nameEn", "X",
                "department", "NOPE", "block", "GOVERNMENT", "category", "CIVIL_SERVANT", "specialty", "NOPE"));
        assertThat(wrong.getStatusCode().value()).isEqualTo(422);
    }
}
