package fi.livskraft.operations;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Mutates valid files the way broken uploads look: flipped and deleted bytes, cut files, lines
 * dropped, doubled or swapped, separators and quotes inserted, numbers replaced with extreme or
 * malformed values, invalid UTF-8, a byte-order mark, pieces of another seed spliced in. One to
 * four mutations are stacked per input; the random source is seeded so a run can be repeated.
 */
final class Mutator {

    private static final String[] TOKENS = {
        "",
        "-1",
        "0",
        "-0",
        "1e309",
        "NaN",
        "99999999999999999999999",
        "2147483648",
        "-9223372036854775809",
        "1,5",
        "1.5.5",
        " ",
        "\"",
        "\"\"",
        ";",
        ",",
        "\t",
        "\n",
        "\r\n",
        "{",
        "}",
        "[",
        "]",
        ":",
        "null",
        "true",
        "\\",
        "\\u0000",
        "ä",
        "Å",
        "€",
        "𝕏",
        "2025-13",
        "2025M00",
        "00/2025",
        "yli 500",
        "501-",
        ">500",
        "1-100",
        "<script>",
        "' or 1=1 --",
        "\u0000",
        "\uFEFF"
    };

    private final Random random;
    private final List<byte[]> seeds;

    Mutator(long seed, List<byte[]> seeds) {
        this.random = new Random(seed);
        this.seeds = List.copyOf(seeds);
    }

    byte[] next() {
        byte[] data = seeds.get(random.nextInt(seeds.size())).clone();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            data = mutate(data);
        }
        return data;
    }

    private byte[] mutate(byte[] data) {
        if (data.length == 0) {
            return token().getBytes(StandardCharsets.UTF_8);
        }
        switch (random.nextInt(11)) {
            case 0 -> {
                byte[] copy = data.clone();
                copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
                return copy;
            }
            case 1 -> {
                int from = random.nextInt(data.length);
                int to = Math.min(data.length, from + 1 + random.nextInt(Math.max(1, data.length / 8)));
                return concat(Arrays.copyOfRange(data, 0, from), Arrays.copyOfRange(data, to, data.length));
            }
            case 2 -> {
                return Arrays.copyOf(data, random.nextInt(data.length));
            }
            case 3 -> {
                return insert(data, token().getBytes(StandardCharsets.UTF_8));
            }
            case 4 -> {
                return lines(data, 0);
            }
            case 5 -> {
                return lines(data, 1);
            }
            case 6 -> {
                return lines(data, 2);
            }
            case 7 -> {
                return replaceNumber(data);
            }
            case 8 -> {
                return insert(data, new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
            }
            case 9 -> {
                byte[] other = seeds.get(random.nextInt(seeds.size()));
                int cut = random.nextInt(data.length);
                int from = other.length == 0 ? 0 : random.nextInt(other.length);
                return concat(Arrays.copyOf(data, cut), Arrays.copyOfRange(other, from, other.length));
            }
            default -> {
                return concat("\uFEFF".getBytes(StandardCharsets.UTF_8), data);
            }
        }
    }

    private String token() {
        return TOKENS[random.nextInt(TOKENS.length)];
    }

    private byte[] insert(byte[] data, byte[] piece) {
        int at = random.nextInt(data.length + 1);
        return concat(concat(Arrays.copyOf(data, at), piece), Arrays.copyOfRange(data, at, data.length));
    }

    /** Drops (0), doubles (1) or swaps (2) lines. */
    private byte[] lines(byte[] data, int how) {
        List<String> lines = new ArrayList<>(List.of(new String(data, StandardCharsets.ISO_8859_1).split("\n", -1)));
        int i = random.nextInt(lines.size());
        switch (how) {
            case 0 -> lines.remove(i);
            case 1 -> {
                for (int n = random.nextInt(3); n >= 0; n--) {
                    lines.add(i, lines.get(i));
                }
            }
            default -> {
                int j = random.nextInt(lines.size());
                String line = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, line);
            }
        }
        return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
    }

    private byte[] replaceNumber(byte[] data) {
        String text = new String(data, StandardCharsets.ISO_8859_1);
        int start = random.nextInt(text.length());
        while (start < text.length() && !Character.isDigit(text.charAt(start))) {
            start++;
        }
        if (start == text.length()) {
            return insert(data, token().getBytes(StandardCharsets.UTF_8));
        }
        int end = start;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(Arrays.copyOf(data, start));
        out.writeBytes(token().getBytes(StandardCharsets.UTF_8));
        out.writeBytes(Arrays.copyOfRange(data, end, data.length));
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
