package vn.twotier.staffing.reference;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A specialty (chuyên môn); {@code reportedWhenMissing} ones are counted in "units without a … officer". */
@Document("ref_specialties")
public record Specialty(@Id String code, String nameVi, String nameEn, boolean reportedWhenMissing) {
}
