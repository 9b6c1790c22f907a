package vn.twotier.staffing.reference;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A department or body of a commune (Văn phòng HĐND và UBND, Phòng Kinh tế, Ban Chỉ huy quân sự, …). */
@Document("ref_departments")
public record Department(@Id String code, String nameVi, String nameEn, Block block) {
}
