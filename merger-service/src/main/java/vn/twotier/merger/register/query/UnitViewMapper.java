package vn.twotier.merger.register.query;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import vn.twotier.merger.register.UnitVersion;

@Mapper(componentModel = "spring")
public interface UnitViewMapper {

    @Mapping(target = "typeName", expression = "java(unit.getType().vietnamese())")
    @Mapping(target = "parentCode", expression = "java(parentOf(unit))")
    UnitView toView(UnitVersion unit);

    List<UnitView> toViews(List<UnitVersion> units);

    default String parentOf(UnitVersion unit) {
        return unit.getCode().equals(unit.getProvinceCode()) ? null : unit.getProvinceCode();
    }
}
