package vn.twotier.staffing;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import vn.twotier.support.app.TwoTierApplication;

/** Staffing service: unit read model, reference data, rosters, gap matrix and scenario projections. */
@SpringBootApplication
public class StaffingServiceApplication {

    public static void main(String[] args) {
        TwoTierApplication.run(StaffingServiceApplication.class, "staffing-service", args);
    }
}
