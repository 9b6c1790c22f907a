package vn.twotier.merger.register;

/** Unit versions registered, retired and left unchanged in one province by one register write. */
public record ProvinceCounts(String provinceCode, String provinceName, int registered, int retired, int unchanged) {

    public boolean changedAnything() {
        return registered > 0 || retired > 0;
    }
}
