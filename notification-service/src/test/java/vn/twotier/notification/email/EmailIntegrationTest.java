package vn.twotier.notification.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.twotier.events.merger.RegisterImported;
import vn.twotier.notification.NotificationServiceTest;
import vn.twotier.notification.ServiceTestSupport;
import vn.twotier.notification.TestEvents;

/** E-mails travel over real SMTP to the embedded server, where a person (or a mail client over IMAP) reads them. */
@NotificationServiceTest
@SuppressWarnings("unchecked")
class EmailIntegrationTest extends ServiceTestSupport {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2025, 7, 2, 9, 15, 0, 0, ZoneOffset.ofHours(7));

    @Autowired
    EmbeddedMailServer mailServer;

    @Test
    void aRecipientWithAnAddressReceivesOneBilingualEmail() throws Exception {
        String province = TestEvents.code();
        String address = "btc-" + province.toLowerCase() + "@tinh.example.vn";
        createRecipient(Map.of("provinceCode", province, "role", "PROVINCE_ORGANIZATION_COMMITTEE",
                "name", "Văn phòng Ban Tổ chức", "email", address));
        publish(new RegisterImported("imp-e", province, "Tỉnh Thư Điện Tử", 4, 0, 9, "dvhc.csv", "Phạm Văn Cường"),
                NOW);
        publish(new RegisterImported("imp-e", province, "Tỉnh Thư Điện Tử", 4, 0, 9, "dvhc.csv", "Phạm Văn Cường"),
                NOW);

        List<Map<String, Object>> mails = await().atMost(PATIENCE).until(() -> http().get()
                .uri("/ops/mailbox?to={to}", address).retrieve().body(List.class), list -> list.size() >= 2);

        Map<String, Object> mail = mails.get(mails.size() - 1);
        assertThat(mail.get("subject")).isEqualTo("[TwoTier] Đã cập nhật danh mục đơn vị hành chính của Tỉnh Thư Điện"
                + " Tử / Administrative unit register of Tỉnh Thư Điện Tử updated");
        assertThat((String) mail.get("text")).contains("Ngày 02/07/2025, Phạm Văn Cường đã nhập danh mục",
                "— English —", "On 02/07/2025, Phạm Văn Cường imported");
        assertThat(readOverImap(address)).as("two events, two mails, none doubled").hasSize(2);
    }

    private List<Message> readOverImap(String address) throws Exception {
        Session session = Session.getInstance(new Properties());
        try (Store store = session.getStore("imap")) {
            store.connect(mailServer.host(), mailServer.imapPort(), address, address);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<Message> messages = Arrays.asList(inbox.getMessages());
            inbox.close(false);
            return messages;
        }
    }
}
