package vn.twotier.merger.scenario.api;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import vn.twotier.events.merger.ProposedPart;
import vn.twotier.merger.register.Names;
import vn.twotier.merger.scenario.Scenario;
import vn.twotier.merger.scenario.ScenarioUnit;

@Mapper(componentModel = "spring", imports = Names.class)
public interface ScenarioMapper {

    @Mapping(target = "name", expression = "java(Names.normalize(request.name()))")
    @Mapping(target = "basis", expression = "java(Names.normalize(request.basis()))")
    ScenarioUnit toUnit(UnitRequest request);

    List<ScenarioUnit> toUnits(List<UnitRequest> requests);

    ProposedPart toPart(PartRequest request);

    @Mapping(target = "unitCount", expression = "java(scenario.getUnits().size())")
    @Mapping(target = "allowedActions", expression = "java(scenario.getStatus().allowedActions())")
    ScenarioViews.Summary toSummary(Scenario scenario);

    List<ScenarioViews.Summary> toSummaries(List<Scenario> scenarios);
}
