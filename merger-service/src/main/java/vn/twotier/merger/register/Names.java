package vn.twotier.merger.register;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** Vietnamese names: one canonical spelling (NFC, single spaces) and a folded key for forgiving search. */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Names() {
    }

    /** NFC with collapsed whitespace; sources mix composed and decomposed tone marks. */
    public static @Nullable String normalize(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String trimmed = SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).strip()).replaceAll(" ");
        return trimmed.isEmpty() ? null : trimmed;
    }

    /**
     * Lower case without tone marks or diacritics ("Phường Thành Vinh" → "phuong thanh vinh"), so a search needs
     * neither; also makes Hòa/Hoà and Thủy/Thuỷ equal. đ is a letter of its own, not a mark, so it is mapped by hand.
     */
    public static String fold(@Nullable String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT).strip()).replaceAll(" ");
    }
}
