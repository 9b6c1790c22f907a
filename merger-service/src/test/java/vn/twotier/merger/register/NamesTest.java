package vn.twotier.merger.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void foldingDropsCaseToneMarksAndTheBarOfD() {
        assertThat(Names.fold("Phường Thành Vinh")).isEqualTo("phuong thanh vinh").contains("thanh vinh");
        assertThat(Names.fold("Xã Đô Lương")).isEqualTo("xa do luong");
        assertThat(Names.fold("Xã Tân Hòa")).isEqualTo(Names.fold("Xã Tân Hoà"));
        assertThat(Names.fold("THỦY")).isEqualTo(Names.fold("thuỷ"));
    }

    @Test
    void normalizingComposesAndCollapsesSpaces() {
        String decomposed = Normalizer.normalize("Phường  Thành Vinh ", Normalizer.Form.NFD);
        assertThat(Names.normalize(decomposed)).isEqualTo("Phường Thành Vinh")
                .isEqualTo(Normalizer.normalize("Phường Thành Vinh", Normalizer.Form.NFC));
        assertThat(Names.normalize("   ")).isNull();
    }
}
