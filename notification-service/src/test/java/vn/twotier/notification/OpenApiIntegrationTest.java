package vn.twotier.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Every endpoint people and tools use is described in the OpenAPI document. */
@NotificationServiceTest
class OpenApiIntegrationTest extends ServiceTestSupport {

    @Test
    @SuppressWarnings("unchecked")
    void theOpenApiDocumentListsTheNotificationEndpoints() {
        Map<String, Object> document = http().get().uri("/v3/api-docs").retrieve().body(Map.class);

        assertThat((Map<String, Object>) document.get("paths")).containsKeys(
                "/api/v1/inbox/{recipientId}",
                "/api/v1/inbox/{recipientId}/stream",
                "/api/v1/inbox/{recipientId}/{notificationId}/read",
                "/api/v1/inbox/{recipientId}/{notificationId}/acknowledge",
                "/api/v1/recipients",
                "/api/v1/recipients/{id}",
                "/api/v1/recipients/import",
                "/api/v1/rules",
                "/api/v1/rules/versions",
                "/api/v1/rules/versions/{version}",
                "/ops/notifications",
                "/ops/notifications/{id}/replay",
                "/ops/notifications/replay",
                "/ops/digests/send",
                "/ops/mailbox");
    }
}
