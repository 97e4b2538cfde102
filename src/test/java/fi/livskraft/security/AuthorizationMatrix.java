package fi.livskraft.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The expected access of every route, read from {@code src/test/resources/security/
 * authorization-matrix.txt}: one line per route, {@code METHOD /path/{pattern} ACCESS}, where
 * ACCESS is {@code public} (everyone, signed in or not), {@code signed-in} (every role, not the
 * public) or a comma-separated list of roles ({@code COORDINATOR,OWNER}). An optional fourth column
 * gives the concrete path to call (an id that exists) where an unknown id would answer 404 before
 * the role is checked.
 */
record AuthorizationMatrix(Map<String, Rule> rules) {

    static final String FILE = "src/test/resources/security/authorization-matrix.txt";

    /** Who may call one route. */
    record Rule(String route, Set<Caller> allowed, String call, int line) {}

    static AuthorizationMatrix load() {
        InputStream in = AuthorizationMatrix.class.getResourceAsStream("/security/authorization-matrix.txt");
        if (in == null) {
            throw new IllegalStateException(FILE + " is missing");
        }
        Map<String, Rule> rules = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String text;
            int line = 0;
            while ((text = reader.readLine()) != null) {
                line++;
                String trimmed = text.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] parts = trimmed.split("\\s+");
                if (parts.length != 3 && parts.length != 4) {
                    errors.add(FILE + ":" + line + ": expected 'METHOD /path ACCESS [/path/to/call]', got '" + trimmed
                            + "'");
                    continue;
                }
                String route = parts[0] + " " + parts[1];
                try {
                    Rule previous = rules.put(
                            route, new Rule(route, parse(parts[2]), parts.length == 4 ? parts[3] : null, line));
                    if (previous != null) {
                        errors.add(FILE + ":" + line + ": " + route + " already has a rule on line " + previous.line());
                    }
                } catch (IllegalArgumentException e) {
                    errors.add(FILE + ":" + line + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException(String.join("\n", errors));
        }
        return new AuthorizationMatrix(rules);
    }

    static Set<Caller> parse(String access) {
        if (access.equals("public")) {
            return EnumSet.allOf(Caller.class);
        }
        if (access.equals("signed-in")) {
            return EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS));
        }
        Set<Caller> callers = EnumSet.noneOf(Caller.class);
        for (String role : access.split(",")) {
            try {
                Caller caller = Caller.valueOf(role);
                if (caller == Caller.ANONYMOUS) {
                    throw new IllegalArgumentException("write 'public' rather than listing ANONYMOUS");
                }
                callers.add(caller);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "unknown access '" + access
                                + "': use public, signed-in or roles among COORDINATOR,OWNER,PROVIDER,EMPLOYER,EMPLOYMENT_AREA");
            }
        }
        return callers;
    }

    /** The access column for a set of callers (as written in the file). */
    static String format(Set<Caller> allowed) {
        if (allowed.equals(EnumSet.allOf(Caller.class))) {
            return "public";
        }
        if (allowed.equals(EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS)))) {
            return "signed-in";
        }
        if (allowed.isEmpty()) {
            return "nobody";
        }
        return String.join(",", allowed.stream().map(Enum::name).toList());
    }
}
