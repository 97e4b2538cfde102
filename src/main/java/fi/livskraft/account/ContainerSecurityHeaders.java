package fi.livskraft.account;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.Map;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Security headers also on the responses Tomcat gives itself: a request it rejects before the
 * application sees it (such as {@code /css/..%2Fx}) still passes its engine's pipeline, where this
 * valve sets {@link SecurityHeaders} first (and again afterwards, unless the response has gone).
 */
@Component
class ContainerSecurityHeaders implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addEngineValves(new Valve());
    }

    static final class Valve extends ValveBase {

        Valve() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            Map<String, String> headers = SecurityHeaders.all();
            headers.forEach(response::setHeader);
            getNext().invoke(request, response);
            if (!response.isCommitted()) {
                headers.forEach((name, value) -> {
                    if (!response.containsHeader(name)) {
                        response.setHeader(name, value);
                    }
                });
            }
        }
    }
}
