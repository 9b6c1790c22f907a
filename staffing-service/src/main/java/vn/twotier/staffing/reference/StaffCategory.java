package vn.twotier.staffing.reference;

/** Staff categories of Vietnamese public service; only cadres and civil servants count toward biên chế frames. */
public enum StaffCategory {
    CADRE("Cán bộ"),
    CIVIL_SERVANT("Công chức"),
    PUBLIC_EMPLOYEE("Viên chức"),
    NON_PROFESSIONAL("Người hoạt động không chuyên trách");

    private final String vietnamese;

    StaffCategory(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    public String vietnamese() {
        return vietnamese;
    }
}
