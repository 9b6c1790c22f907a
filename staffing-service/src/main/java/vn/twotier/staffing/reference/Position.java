package vn.twotier.staffing.reference;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A position (chức vụ/chức danh) in the catalogue. {@code era} says which model it belongs to: {@code 2025}
 * (two-tier), {@code 2023} (Decree 33/2023), {@code BOTH}. {@code origin} is the file it came from or "http".
 */
@Document("ref_positions")
public record Position(
        @Id String code,
        String nameVi,
        String nameEn,
        String department,
        Block block,
        StaffCategory category,
        String specialty,
        String role,
        String era,
        long revision,
        String origin) {

    public boolean inEra(boolean twoTier) {
        return "BOTH".equals(era) || (twoTier ? "2025".equals(era) : "2023".equals(era));
    }
}
