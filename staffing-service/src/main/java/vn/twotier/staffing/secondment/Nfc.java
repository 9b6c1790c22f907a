package vn.twotier.staffing.secondment;

import java.text.Normalizer;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Free text from users (actors, reasons, decision numbers, legal bases) is stored in Unicode NFC. */
public final class Nfc {

    private Nfc() {
    }

    public static @Nullable String of(@Nullable String text) {
        return text == null ? null : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }

    public static List<String> of(List<String> texts) {
        return texts.stream().map(Nfc::of).toList();
    }
}
