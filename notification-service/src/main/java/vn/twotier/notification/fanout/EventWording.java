package vn.twotier.notification.fanout;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import vn.twotier.events.ReceivedEvent;
import vn.twotier.events.merger.MergeShare;
import vn.twotier.events.merger.ProposedPart;
import vn.twotier.events.merger.ProposedUnit;
import vn.twotier.notification.message.LocalizedText;
import vn.twotier.notification.message.MessageTemplates;
import vn.twotier.notification.message.Values;
import vn.twotier.notification.readmodel.ScenarioNames;
import vn.twotier.notification.readmodel.UnitNames;
import vn.twotier.notification.recipient.KnownProvinces;

/** What the handlers share to describe an event in words: names for codes and ids, dates in Vietnam's time. */
@Component
class EventWording {

    private final KnownProvinces provinces;
    private final UnitNames units;
    private final ScenarioNames scenarios;
    private final MessageTemplates templates;
    private final Clock clock;

    EventWording(KnownProvinces provinces, UnitNames units, ScenarioNames scenarios, MessageTemplates templates,
            Clock clock) {
        this.provinces = provinces;
        this.units = units;
        this.scenarios = scenarios;
        this.templates = templates;
        this.clock = clock;
    }

    String provinceName(String provinceCode) {
        String name = provinces.name(provinceCode);
        return name != null ? name : provinceCode;
    }

    String scenarioName(String scenarioId) {
        return scenarios.name(scenarioId).orElse(scenarioId);
    }

    String unitName(String unitCode) {
        return units.names(List.of(unitCode)).get(unitCode);
    }

    /** The day the event happened, in Vietnam. */
    LocalDate date(ReceivedEvent<?> event) {
        return event.metadata().time().atZoneSameInstant(clock.getZone()).toLocalDate();
    }

    /** "Xã A (hình thành từ Xã B; một phần Xã C)" for each proposed unit. */
    LocalizedText proposedUnits(List<ProposedUnit> proposed) {
        Map<String, String> names = units.names(unitCodes(proposed));
        List<LocalizedText> described = new ArrayList<>();
        for (ProposedUnit unit : proposed) {
            List<LocalizedText> parts = new ArrayList<>();
            for (ProposedPart part : unit.parts()) {
                String key = part.share() == MergeShare.PARTIAL ? "unit-part-partial" : "unit-part";
                parts.add(templates.text(key, Values.with("name", names.get(part.unitCode())).asMap()));
            }
            described.add(templates.text("proposed-unit",
                    Values.with("name", unit.name()).and("parts", templates.join(parts)).asMap()));
        }
        return templates.join(described);
    }

    LocalizedText unitNames(List<String> unitCodes) {
        return templates.join(units.names(unitCodes).values().stream()
                .map(name -> templates.text("unit-part", Values.with("name", name).asMap())).toList());
    }

    /** The values every secondment message shares. */
    Values secondment(SecondmentRequest request) {
        return Values.with("type", word("secondment-type." + request.type()))
                .and("typeTitle", word("secondment-type-title." + request.type()))
                .and("personId", request.personId())
                .and("sendingUnit", unitName(request.sendingUnitCode()))
                .and("receivingUnit", unitName(request.receivingUnitCode()))
                .and("provinceName", provinceName(request.provinceCode()))
                .and("startDate", request.startDate()).and("endDate", request.endDate())
                .and("actor", request.actor()).and("reason", request.reason());
    }

    LocalizedText word(String key) {
        return templates.text(key, Map.of());
    }

    /** Every unit a scenario touches: the proposed units and the existing units they are made of. */
    static List<String> unitCodes(List<ProposedUnit> proposed) {
        Set<String> codes = new LinkedHashSet<>();
        for (ProposedUnit unit : proposed) {
            codes.add(unit.unitCode());
            unit.parts().forEach(part -> codes.add(part.unitCode()));
        }
        return List.copyOf(codes);
    }
}
