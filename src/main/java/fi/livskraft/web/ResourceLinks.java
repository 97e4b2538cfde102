package fi.livskraft.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links in pages are written as they are, without Spring's {@link ResourceUrlEncodingFilter}.
 * Boot registers that filter whenever the resource chain is on (it is, for the version-less
 * webjar addresses such as {@code /webjars/htmx.org/dist/htmx.min.js}, which are still resolved
 * when requested). The filter looks every {@code @{...}} link of a page up as a static resource;
 * a page link is no resource, the miss is not cached, and each miss searched every jar of the
 * class path: on a list of 308 municipalities that was most of the page's time (measured with
 * JFR, 73 % of all CPU samples under load). We use no versioned resource URLs, so nothing is lost.
 */
@Configuration(proxyBeanMethods = false)
class ResourceLinks {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> noResourceUrlEncoding() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
