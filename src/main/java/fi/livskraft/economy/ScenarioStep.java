package fi.livskraft.economy;

import java.util.List;

/**
 * One step of the explanation of a scenario: a message key of the economy bundle and its
 * arguments, so a page can say it in Swedish, Finnish or English. Years are passed as text (no
 * digit grouping), amounts and shares as numbers.
 */
public record ScenarioStep(String messageKey, List<Object> arguments) {

    public ScenarioStep {
        arguments = List.copyOf(arguments);
    }

    static ScenarioStep of(String messageKey, Object... arguments) {
        return new ScenarioStep(messageKey, List.of(arguments));
    }
}
