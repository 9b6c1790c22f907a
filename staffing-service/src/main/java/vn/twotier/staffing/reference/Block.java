package vn.twotier.staffing.reference;

/** The blocks of a commune's apparatus; the 2025 frame of ~32 covers only the government block. */
public enum Block {
    GOVERNMENT("Chính quyền (HĐND, UBND)"),
    PARTY("Đảng"),
    MASS_ORGANISATION("MTTQ và đoàn thể"),
    MILITARY("Quân sự");

    private final String vietnamese;

    Block(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    public String vietnamese() {
        return vietnamese;
    }
}
