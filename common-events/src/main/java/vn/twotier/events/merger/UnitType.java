package vn.twotier.events.merger;

/** Kinds of administrative unit. Township and district exist only before 1 July 2025. */
public enum UnitType {
    PROVINCE("Tỉnh"),
    CITY("Thành phố"),
    DISTRICT("Huyện"),
    COMMUNE("Xã"),
    WARD("Phường"),
    TOWNSHIP("Thị trấn"),
    SPECIAL_ZONE("Đặc khu");

    private final String vietnamese;

    UnitType(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    public String vietnamese() {
        return vietnamese;
    }
}
