package vn.twotier.support.it;

import java.time.Instant;

import org.springframework.data.mongodb.core.mapping.Document;
import vn.twotier.events.merger.RegisterImported;
import vn.twotier.support.outbox.OutboxAggregate;

@Document("test_provinces")
public class TestProvince extends OutboxAggregate {

    private String name;

    public static TestProvince imported(String code, String name) {
        TestProvince province = new TestProvince();
        province.id = code;
        province.name = name;
        province.record(new RegisterImported("imp-" + code, code, name, 1, 0, 0, null, "test"), Instant.now());
        return province;
    }

    public void clearName() {
        name = null;
    }

    public void rename(String newName) {
        name = newName;
        record(new RegisterImported("imp-" + id + "-" + newName, id, newName, 0, 0, 1, null, "test"), Instant.now());
    }

    public String getName() {
        return name;
    }
}
