package fi.livskraft.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of the JSON API ({@code /v3/api-docs}, browsable at {@code /swagger-ui.html}). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI livskraftOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Livskraft API")
                        .version("v1")
                        .description(
                                "Areas, classifications and the partnership registry of Livskraft. Public calls need"
                                        + " no credentials; the others use HTTP Basic with a Livskraft account and answer 401"
                                        + " without valid credentials, 403 when the role may not. Errors are RFC 9457 problem"
                                        + " documents with `errors: [{field, message}]`, in the language of `Accept-Language`"
                                        + " or `?lang=sv|fi|en`.")
                        .license(new License()
                                .name("Reference data: Statistics Finland CC BY 4.0; ESCO © European Union")))
                .components(new Components()
                        .addSecuritySchemes(
                                "basicAuth",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basicAuth"));
    }
}
