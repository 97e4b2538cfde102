package fi.livskraft.web;

import fi.livskraft.common.SupportedLanguages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The language of a request: {@code ?lang=sv|fi|en} (remembered in a cookie), else the cookie, else
 * the browser's preference among Swedish, Finnish and English, else Finnish.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

    static final String PARAM = "lang";

    /**
     * Every bundle under {@code messages/} ({@code NAME_sv/fi/en.properties}, one per module), read as
     * UTF-8; a key missing in a language is an error caught by the message-bundle test, not a fallback.
     */
    @Bean
    MessageSource messageSource() throws IOException {
        Resource[] english =
                new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*_en.properties");
        String[] basenames = Arrays.stream(english)
                .map(Resource::getFilename)
                .filter(Objects::nonNull)
                .map(name -> "classpath:messages/" + name.substring(0, name.length() - "_en.properties".length()))
                .sorted()
                .distinct()
                .toArray(String[]::new);
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        source.setBasenames(basenames);
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(SupportedLanguages.DEFAULT);
        return source;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("livskraft-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setDefaultLocaleFunction(LanguageConfiguration::fromBrowser);
        return resolver;
    }

    static Locale fromBrowser(HttpServletRequest request) {
        for (Locale wanted : Collections.list(request.getLocales())) {
            if (SupportedLanguages.isSupported(wanted.getLanguage())) {
                return Locale.forLanguageTag(wanted.getLanguage());
            }
        }
        return SupportedLanguages.DEFAULT;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                String lang = request.getParameter(PARAM);
                if (SupportedLanguages.isSupported(lang)) {
                    LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
                    if (resolver != null) {
                        resolver.setLocale(request, response, Locale.forLanguageTag(lang));
                    }
                }
                return true;
            }
        });
    }
}
