package vn.twotier.notification.webhook;

import tools.jackson.databind.node.ObjectNode;
import vn.twotier.events.EventJson;
import vn.twotier.notification.delivery.SourceEvent;

/**
 * The source event as a structured-mode CloudEvent (JSON, {@code application/cloudevents+json}), the format a
 * receiving system's CloudEvents SDK reads as is. Built with the project's Jackson 3 mapper.
 */
final class CloudEventJson {

    static final String CONTENT_TYPE = "application/cloudevents+json; charset=utf-8";

    private CloudEventJson() {
    }

    static byte[] of(SourceEvent event, String notificationId) {
        ObjectNode node = EventJson.mapper().createObjectNode();
        node.put("specversion", "1.0");
        node.put("id", event.id());
        node.put("source", event.source());
        node.put("type", event.type());
        if (event.subject() != null) {
            node.put("subject", event.subject());
        }
        node.put("time", event.time().toString());
        node.put("datacontenttype", "application/json");
        if (event.correlationId() != null) {
            node.put("correlationid", event.correlationId());
        }
        node.put("notificationid", notificationId);
        node.set("data", EventJson.mapper().readTree(event.data()));
        return EventJson.mapper().writeValueAsBytes(node);
    }
}
