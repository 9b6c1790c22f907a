package vn.twotier.staffing.redistribution;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A proposed redistribution of surplus staff to short units; computing it changes nothing. */
@RestController
@RequestMapping("/api/v1/redistribution")
class RedistributionController {

    private final RedistributionPlanner planner;
    private final Clock clock;

    RedistributionController(RedistributionPlanner planner, Clock clock) {
        this.planner = planner;
        this.clock = clock;
    }

    @GetMapping("/provinces/{code}")
    RedistributionPlan plan(@PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return planner.plan(code, asOf != null ? asOf : LocalDate.now(clock));
    }
}
