package vn.twotier.staffing.secondment;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import vn.twotier.staffing.support.ServiceTest;
import vn.twotier.testing.MovableClock;

/** The staffing service with a clock the test moves; the scheduled clock job is left to the test to run. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ServiceTest
@Import(MovableClock.Configuration.class)
@TestPropertySource(properties = "twotier.staffing.secondment.clock-initial-delay=PT24H")
@interface SecondmentTest {
}
