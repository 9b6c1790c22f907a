package vn.twotier.notification.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MessageTemplatesTest {

    private final MessageTemplates templates = new MessageTemplates();

    @Test
    void decomposedInputComesOutAsNfcWithDatesAsDayMonthYear() {
        String decomposed = Normalizer.normalize("Tỉnh Hà Tĩnh", Normalizer.Form.NFD);
        Message message = templates.message("register-imported", Values.with("provinceName", decomposed)
                .and("provinceCode", "42").and("date", LocalDate.of(2025, 7, 1)).and("importedBy", "Sở Nội vụ")
                .and("fileName", null).and("registered", 69).and("retired", 0).and("unchanged", 0).asMap());

        assertThat(message.title().vi()).isEqualTo("Đã cập nhật danh mục đơn vị hành chính của Tỉnh Hà Tĩnh");
        assertThat(Normalizer.isNormalized(message.title().vi(), Normalizer.Form.NFC)).isTrue();
        assertThat(message.body().vi()).startsWith("Ngày 01/07/2025, Sở Nội vụ đã nhập")
                .contains("tệp (không rõ)");
        assertThat(message.body().en()).contains("file (unknown)");
    }

    @Test
    void aLocalizedValueRendersInTheLanguageOfItsText() {
        LocalizedText parts = templates.join(List.of(new LocalizedText("Xã A", "Xã A"),
                templates.text("unit-part-partial", Map.of("name", "Xã B"))));
        LocalizedText unit = templates.text("proposed-unit", Map.of("name", "Xã C", "parts", parts));

        assertThat(unit.vi()).isEqualTo("Xã C (hình thành từ Xã A; một phần Xã B)");
        assertThat(unit.en()).isEqualTo("Xã C (formed from Xã A; part of Xã B)");
    }

    @Test
    void aMissingValueIsAProgrammingErrorNotASilentGap() {
        assertThatThrownBy(() -> templates.message("register-imported", Map.of("provinceName", "X")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("needs a value for {");
    }

    @Test
    void everyTemplateFileLineIsNfc() throws Exception {
        String file = new String(getClass().getResourceAsStream("/notification-templates.properties").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(Normalizer.isNormalized(file, Normalizer.Form.NFC)).isTrue();
    }
}
