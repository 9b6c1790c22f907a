package vn.twotier.merger;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import vn.twotier.support.app.TwoTierApplication;

/** The merger service: the temporal register of administrative units and merger scenarios. */
@SpringBootApplication
public class MergerServiceApplication {

    public static void main(String[] args) {
        TwoTierApplication.run(MergerServiceApplication.class, "merger-service", args);
    }
}
