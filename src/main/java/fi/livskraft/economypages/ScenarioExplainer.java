package fi.livskraft.economypages;

import fi.livskraft.common.Names;
import fi.livskraft.economy.ScenarioResult;
import fi.livskraft.economy.ScenarioStep;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns a scenario's explanation steps into sentences in the page's language: the core's message
 * key when its bundle has it, else this module's twin ({@code economypages.} + key).
 */
@Component
class ScenarioExplainer {

    private final MessageSource messages;
    private final ScenarioService scenarios;

    ScenarioExplainer(MessageSource messages, ScenarioService scenarios) {
        this.messages = messages;
        this.scenarios = scenarios;
    }

    ScenarioView view(ScenarioResult result, Locale locale) {
        List<String> steps =
                result.steps().stream().map(s -> sentence(s, locale)).toList();
        String q = result.inputs().qualificationCode();
        String a = result.inputs().area();
        return new ScenarioView(
                result,
                scenarios
                        .qualificationName(q)
                        .map(n -> n.in(locale) + " (" + q + ")")
                        .orElse(q),
                scenarios.areaName(a).map(n -> name(n, locale, a)).orElse(a),
                steps);
    }

    private static String name(Names names, Locale locale, String code) {
        return names.in(locale) + " (" + code + ")";
    }

    String sentence(ScenarioStep step, Locale locale) {
        Object[] args = step.arguments().toArray();
        String core = messages.getMessage(step.messageKey(), args, null, locale);
        if (core != null) {
            return core;
        }
        return messages.getMessage("economypages." + step.messageKey(), args, step.messageKey(), locale);
    }
}
