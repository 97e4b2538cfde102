package fi.livskraft.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains. The JSON API ({@code /api/**}) is stateless: HTTP Basic, no session, no CSRF
 * token, and 401 (never a redirect) without valid credentials. Pages use a form login with a
 * session and CSRF protection. Which role may do what inside a page or call is checked by method
 * security and by the modules' own access rules (organisation scopes).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * Metrics for a Prometheus scraper: HTTP Basic with a COORDINATOR account, no session, 401
     * without credentials, 403 for other roles. Health stays public (web chain).
     */
    @Bean
    @Order(0)
    SecurityFilterChain metricsChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/prometheus", "/actuator/prometheus/**", "/actuator/metrics/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole("COORDINATOR"))
                .httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(this::headers);
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                HttpMethod.GET,
                                "/api/v1/municipalities",
                                "/api/v1/municipalities/*",
                                "/api/v1/municipalities/*/population",
                                "/api/v1/municipalities/*/situation",
                                "/api/v1/regions",
                                "/api/v1/regions/*",
                                "/api/v1/sub-regions",
                                "/api/v1/employment-areas",
                                "/api/v1/employment-areas/*",
                                "/api/v1/resolve/municipality",
                                "/api/v1/isco",
                                "/api/v1/isco/*",
                                "/api/v1/qualifications",
                                "/api/v1/qualifications/*",
                                "/api/v1/participants",
                                "/api/v1/search",
                                "/api/v1/economy/config",
                                "/api/v1/economy/config/sets",
                                "/api/v1/crosswalk",
                                "/api/v1/crosswalk/*",
                                "/api/v1/labour-market/tightness",
                                "/api/v1/gap",
                                "/api/v1/language",
                                "/api/v1/immigration")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/join-requests")
                        .permitAll()
                        // computations on the caller's numbers; they store nothing
                        .requestMatchers(HttpMethod.POST, "/api/v1/economy/cost", "/api/v1/economy/scenario")
                        .permitAll()
                        // the role before the body: a caller without it gets 403, never a 400 or 415
                        // about a body it may not send (the services check the role again)
                        .requestMatchers(HttpMethod.POST, "/api/v1/economy/config")
                        .hasRole("COORDINATOR")
                        .requestMatchers(HttpMethod.PUT, "/api/v1/economy/config/*")
                        .hasRole("COORDINATOR")
                        .requestMatchers(HttpMethod.POST, "/api/v1/reference-data/imports", "/api/v1/imports")
                        .hasRole("COORDINATOR")
                        .requestMatchers(HttpMethod.POST, "/api/v1/needs")
                        .hasAnyRole("COORDINATOR", "OWNER", "EMPLOYER", "EMPLOYMENT_AREA")
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(this::headers);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/",
                                "/login",
                                "/error",
                                "/search",
                                "/municipalities",
                                "/municipalities/**",
                                "/regions",
                                "/regions/**",
                                "/employment-areas",
                                "/employment-areas/**",
                                "/qualifications",
                                "/qualifications/**",
                                "/occupations",
                                "/occupations/**",
                                "/participants",
                                "/economy/config",
                                "/evidence/sources",
                                "/join",
                                "/join/**",
                                // a user's secret calendar address (module meeting): the token is the credential
                                "/calendar/*",
                                "/about",
                                "/accessibility",
                                "/css/**",
                                "/js/**",
                                "/img/**",
                                "/favicon.ico",
                                "/webjars/**",
                                "/v3/api-docs",
                                "/v3/api-docs/**",
                                "/swagger-ui.html",
                                "/swagger-ui/**",
                                "/actuator/health",
                                "/actuator/health/**")
                        .permitAll()
                        // entering a compensation: the coordinator, checked before the form is read
                        .requestMatchers(HttpMethod.POST, "/economy/municipalities/*/compensation")
                        .hasRole("COORDINATOR")
                        // economy pages: public to read; saving and entering need a sign-in
                        .requestMatchers(
                                HttpMethod.GET,
                                "/economy",
                                "/economy/employment-areas/**",
                                "/economy/municipalities",
                                "/economy/municipalities/**",
                                "/economy/scenarios",
                                "/economy/scenarios/**",
                                "/crosswalk",
                                "/crosswalk/*")
                        .permitAll()
                        // vocational supply and outcomes: public, small cells suppressed
                        .requestMatchers(
                                HttpMethod.GET,
                                "/education/supply",
                                "/education/supply.csv",
                                "/education/supply.xlsx",
                                "/education/outcomes.csv",
                                "/education/outcomes.xlsx")
                        .permitAll()
                        // evidence analyses (module insight): public to read
                        .requestMatchers(
                                HttpMethod.GET,
                                "/evidence",
                                "/evidence/areas/**",
                                "/evidence/occupations/**",
                                "/evidence/providers/**",
                                "/evidence/gap",
                                "/evidence/gap/**",
                                "/evidence/language",
                                "/evidence/language/**",
                                "/evidence/immigration",
                                "/evidence/immigration/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(new LandingPage())
                        .permitAll())
                // redirects to the login page are relative: never built from a request's Host header
                .exceptionHandling(ex -> ex.authenticationEntryPoint(loginPage()))
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/?loggedOut")
                        .permitAll())
                .headers(this::headers);
        return http.build();
    }

    private static LoginUrlAuthenticationEntryPoint loginPage() {
        LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint("/login");
        entryPoint.setFavorRelativeUris(true);
        return entryPoint;
    }

    /** The same headers as {@link ContainerSecurityHeaders} writes on the container's own answers. */
    private void headers(
            org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.CSP))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(
                        r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy(SecurityHeaders.PERMISSIONS_POLICY));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
