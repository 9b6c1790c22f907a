package vn.twotier.staffing.secondment.request;

import java.util.EnumSet;
import java.util.Set;

/** Where a request stands. Withdrawal is possible before the start; ENDED covers every way back home. */
public enum RequestStatus {
    NOMINATED("Đã đề cử"),
    COMPILED("Sở Nội vụ đã tổng hợp"),
    APPRAISED("Đã thẩm định"),
    APPROVED("Đã có quyết định"),
    REJECTED("Không chấp thuận"),
    WITHDRAWN("Đã rút"),
    STARTED("Đang biệt phái / đã điều động"),
    ENDED("Đã kết thúc, trở về đơn vị cũ");

    public static final Set<RequestStatus> BEFORE_START = EnumSet.of(NOMINATED, COMPILED, APPRAISED, APPROVED);
    public static final Set<RequestStatus> HOLDING = EnumSet.of(NOMINATED, COMPILED, APPRAISED, APPROVED, STARTED);

    private final String vietnamese;

    RequestStatus(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    public String vietnamese() {
        return vietnamese;
    }
}
