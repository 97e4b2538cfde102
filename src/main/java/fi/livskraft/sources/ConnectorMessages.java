package fi.livskraft.sources;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A connector's error in the reader's language, with its place in the file when an import refused it. */
@Component
class ConnectorMessages {

    private final MessageSource messages;

    ConnectorMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** Public for the page template (SpEL calls public methods only). */
    public String text(ConnectorStore.Problem problem, Locale locale) {
        if (problem == null) {
            return null;
        }
        String message =
                messages.getMessage(problem.messageKey(), problem.arguments().toArray(), problem.messageKey(), locale);
        return problem.place() == null
                ? message
                : messages.getMessage("sources.error.place", new Object[] {problem.place(), message}, locale);
    }
}
