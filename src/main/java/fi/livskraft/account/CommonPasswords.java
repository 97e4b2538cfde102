package fi.livskraft.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The common passwords shipped with the application ({@code account/common-passwords.txt.gz}: the
 * 49,233 passwords of the npm package {@code @zxcvbn-ts/language-common} 4.1.3, MIT licence, see
 * the README), lower-cased, one a line. Loaded once, on first use.
 */
final class CommonPasswords {

    static final String RESOURCE = "/account/common-passwords.txt.gz";

    private CommonPasswords() {}

    private static final class Holder {
        static final Set<String> LIST = load();
    }

    static int size() {
        return Holder.LIST.size();
    }

    /**
     * Whether the password is on the list, ignoring case, also once the digits and punctuation
     * around it are taken off ({@code Monkey2026!} is {@code monkey}).
     */
    static boolean contains(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (Holder.LIST.contains(lower)) {
            return true;
        }
        String core = lower.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
        return !core.isEmpty() && !core.equals(lower) && Holder.LIST.contains(core);
    }

    private static Set<String> load() {
        try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            Set<String> out = new HashSet<>(80_000);
            BufferedReader lines =
                    new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    out.add(line.strip());
                }
            }
            return Set.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
