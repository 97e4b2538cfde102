package fi.livskraft.sources;

import java.util.List;

/** A source answered badly or not at all; the message is a key with arguments (sv, fi, en). */
class SourceFailure extends RuntimeException {

    private final String messageKey;
    private final List<String> arguments;

    SourceFailure(String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.messageKey = messageKey;
        this.arguments = java.util.Arrays.stream(arguments).map(String::valueOf).toList();
    }

    String messageKey() {
        return messageKey;
    }

    List<String> arguments() {
        return arguments;
    }
}
