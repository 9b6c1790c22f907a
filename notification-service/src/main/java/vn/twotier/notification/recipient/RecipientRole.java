package vn.twotier.notification.recipient;

/** Who a recipient is for its unit; rules address roles, never people directly. */
public enum RecipientRole {
    PROVINCE_ORGANIZATION_COMMITTEE("Ban Tổ chức Tỉnh ủy", "Province organization committee"),
    HOME_AFFAIRS_DEPARTMENT("Sở Nội vụ", "Department of Home Affairs"),
    SENDING_DEPARTMENT("Cơ quan cử biệt phái", "Sending department"),
    COMMUNE_CHAIR("Chủ tịch UBND cấp xã", "Commune chair"),
    COMMUNE_OFFICE("Văn phòng HĐND và UBND cấp xã", "Commune office"),
    SECONDED_PERSON("Người được biệt phái", "Seconded person");

    private final String vietnamese;
    private final String english;

    RecipientRole(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public String vietnamese() {
        return vietnamese;
    }

    public String english() {
        return english;
    }
}
