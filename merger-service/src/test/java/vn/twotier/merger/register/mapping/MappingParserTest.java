package vn.twotier.merger.register.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.twotier.events.merger.MergeShare;
import vn.twotier.events.merger.UnitType;
import vn.twotier.support.web.ValidationFailedException;

class MappingParserTest {

    private static final String HEADER = "new_unit_code,new_unit_name,new_unit_type,province_code,old_unit_code,"
            + "old_unit_name,old_unit_type,merge_share,extra\n";

    private final MappingFileReader reader = new MappingFileReader();
    private final MappingParser parser = new MappingParser();

    private List<MappingLink> parse(String body) {
        return parser.parse(reader.read((HEADER + body).getBytes(StandardCharsets.UTF_8), "test.csv"));
    }

    @Test
    void readsCodesAsTextNamesAsNfcAndIgnoresExtraColumns() {
        String decomposed = Normalizer.normalize("Xã Thạch Bình", Normalizer.Form.NFD);
        List<MappingLink> links = parse("00004,Phường Ba Đình,Phường,01,00016," + decomposed + ",Xã,partial,x\n");
        assertThat(links).singleElement().satisfies(link -> {
            assertThat(link.newCode()).isEqualTo("00004");
            assertThat(link.newType()).isEqualTo(UnitType.WARD);
            assertThat(link.oldName()).isEqualTo(Normalizer.normalize("Xã Thạch Bình", Normalizer.Form.NFC));
            assertThat(link.share()).isEqualTo(MergeShare.PARTIAL);
            assertThat(link.line()).isEqualTo(2);
        });
    }

    @Test
    void rowsThatContradictEarlierRowsAreReportedWithTheirLines() {
        assertThatThrownBy(() -> parse("""
                10001,Xã A,Xã,42,20001,Xã Cũ 1,Xã,full
                10001,Xã B,Xã,42,20002,Xã Cũ 2,Xã,full
                10002,Xã C,Xã,42,20003,Xã Cũ 3,Xã,partial
                10003,Xã D,Xã,42,20003,Xã Cũ Ba,Xã,partial
                10002,Xã C,Xã,42,20003,Xã Cũ 3,Xã,partial
                10004,Xã E,Thị xã,42,2000x,Xã Cũ 5,Xã,full
                """))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.line(), v -> v.code()).containsExactly(
                                tuple(3, "inconsistent-new-unit"),
                                tuple(5, "inconsistent-old-unit"),
                                tuple(6, "duplicate-link"),
                                tuple(7, "unknown-type"),
                                tuple(7, "invalid-code")));
    }

    @Test
    void aFileThatIsNeitherCsvNorXlsxIsRefused() {
        assertThatThrownBy(() -> reader.read(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2}, "x.bin"))
                .isInstanceOf(ValidationFailedException.class);
    }
}
