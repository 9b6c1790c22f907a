package vn.twotier.events;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.twotier.events.merger.RegisterImported;
import vn.twotier.events.merger.ScenarioApproved;
import vn.twotier.events.merger.ScenarioDrafted;
import vn.twotier.events.merger.ScenarioRejected;
import vn.twotier.events.merger.ScenarioRevised;
import vn.twotier.events.merger.ScenarioSubmitted;
import vn.twotier.events.merger.ScenarioTookEffect;
import vn.twotier.events.merger.ScenarioWithdrawn;
import vn.twotier.events.merger.UnitRegistered;
import vn.twotier.events.merger.UnitRetired;
import vn.twotier.events.notification.NotificationDelivered;
import vn.twotier.events.notification.NotificationEscalated;
import vn.twotier.events.notification.NotificationFailed;
import vn.twotier.events.staffing.RosterImported;
import vn.twotier.events.staffing.ScenarioStaffingProjected;
import vn.twotier.events.staffing.SecondmentAppraised;
import vn.twotier.events.staffing.SecondmentApproved;
import vn.twotier.events.staffing.SecondmentCampaignClosed;
import vn.twotier.events.staffing.SecondmentCampaignOpened;
import vn.twotier.events.staffing.SecondmentCompiled;
import vn.twotier.events.staffing.SecondmentEnded;
import vn.twotier.events.staffing.SecondmentExtended;
import vn.twotier.events.staffing.SecondmentNominated;
import vn.twotier.events.staffing.SecondmentRejected;
import vn.twotier.events.staffing.SecondmentReminderIssued;
import vn.twotier.events.staffing.SecondmentStarted;
import vn.twotier.events.staffing.SecondmentWithdrawn;
import vn.twotier.events.staffing.UnitStaffingGapChanged;

/** Every event type the system knows, by CloudEvents type. Consumers dead-letter types that are not here. */
public final class EventCatalog {

    private static final List<Class<? extends DomainEvent>> EVENTS = List.of(
            UnitRegistered.class, UnitRetired.class, RegisterImported.class,
            ScenarioDrafted.class, ScenarioRevised.class, ScenarioSubmitted.class, ScenarioApproved.class,
            ScenarioRejected.class, ScenarioWithdrawn.class, ScenarioTookEffect.class,
            RosterImported.class, UnitStaffingGapChanged.class, ScenarioStaffingProjected.class,
            SecondmentCampaignOpened.class, SecondmentCampaignClosed.class, SecondmentNominated.class, SecondmentCompiled.class, SecondmentAppraised.class, SecondmentApproved.class, SecondmentRejected.class, SecondmentWithdrawn.class, SecondmentStarted.class, SecondmentExtended.class, SecondmentEnded.class, SecondmentReminderIssued.class,
            NotificationDelivered.class, NotificationFailed.class, NotificationEscalated.class);

    private static final Map<String, Descriptor> BY_TYPE = new LinkedHashMap<>();
    private static final Map<Class<?>, Descriptor> BY_CLASS = new LinkedHashMap<>();

    static {
        for (Class<? extends DomainEvent> eventClass : EVENTS) {
            EventType annotation = eventClass.getAnnotation(EventType.class);
            if (annotation == null) {
                throw new IllegalStateException(eventClass + " lacks @EventType");
            }
            Descriptor descriptor = new Descriptor(annotation.value(), annotation.topic(), eventClass);
            if (BY_TYPE.put(descriptor.type(), descriptor) != null) {
                throw new IllegalStateException("Duplicate event type " + descriptor.type());
            }
            BY_CLASS.put(eventClass, descriptor);
        }
    }

    private EventCatalog() {
    }

    public static Collection<Descriptor> all() {
        return BY_TYPE.values();
    }

    public static Optional<Descriptor> byType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    public static Descriptor of(Class<? extends DomainEvent> eventClass) {
        Descriptor descriptor = BY_CLASS.get(eventClass);
        if (descriptor == null) {
            throw new IllegalArgumentException(eventClass.getName() + " is not in the event catalog");
        }
        return descriptor;
    }

    public static Descriptor of(DomainEvent event) {
        return of(event.getClass());
    }

    /** One event type: its CloudEvents type, topic and Java record. */
    public record Descriptor(String type, String topic, Class<? extends DomainEvent> eventClass) {

        /** The version suffix of the type, e.g. 1 for {@code ….v1}. */
        public int version() {
            return Integer.parseInt(type.substring(type.lastIndexOf(".v") + 2));
        }
    }
}
