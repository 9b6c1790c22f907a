package vn.twotier.staffing.unit;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import vn.twotier.events.merger.LineageLink;

@Mapper(componentModel = "spring")
public interface UnitMapper {

    @Mapping(target = "typeName", expression = "java(unit.type() == null ? null : unit.type().vietnamese())")
    UnitView toView(UnitVersion unit);

    List<UnitView> toViews(List<UnitVersion> units);

    /** Absent lineage is shown as an empty list, never null. */
    default List<LineageLink> links(List<LineageLink> links) {
        return links == null ? List.of() : links;
    }
}
