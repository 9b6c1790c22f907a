package vn.twotier.staffing.reference;

import java.util.List;

import org.mapstruct.Mapper;

@Mapper(componentModel = "spring")
public interface ReferenceMapper {

    NormView toView(StaffingNorm norm);

    List<NormView> toViews(List<StaffingNorm> norms);
}
