package vn.twotier.staffing.secondment;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The secondment clock job runs on Spring's scheduler (end dates and reminders). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SecondmentConfiguration {
}
