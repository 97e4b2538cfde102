package fi.livskraft.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.core.io.ClassPathResource;

/** Reads the reference files the product ships in {@code classpath:referencedata/}. */
public final class ReferenceData {

    public static final String LOCATION = "referencedata/";

    private ReferenceData() {}

    /**
     * Reads a shipped file into records; any problem in a shipped file is a build defect and fails
     * loudly with the file, row and field.
     */
    public static <T> List<T> read(String file, List<String> columns, Function<DelimitedFile.Row, T> mapper) {
        List<T> result = new ArrayList<>();
        try (InputStream in = new ClassPathResource(LOCATION + file).getInputStream()) {
            List<ImportProblem> problems = DelimitedFile.read(file, in, columns, row -> result.add(mapper.apply(row)));
            if (!problems.isEmpty()) {
                throw new ImportFailedException(problems);
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read shipped reference file " + file, e);
        }
    }

    public static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
