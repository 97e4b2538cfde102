package fi.livskraft.common;

import java.util.List;

/** An import found problems and stored nothing (imports are all or nothing). */
public class ImportFailedException extends RuntimeException {

    private static final int MAX_REPORTED = 50;
    private final List<ImportProblem> problems;

    public ImportFailedException(List<ImportProblem> problems) {
        super("Import refused: " + problems.stream().limit(5).toList());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a failed import has at least one problem");
        }
        this.problems = List.copyOf(problems.subList(0, Math.min(MAX_REPORTED, problems.size())));
    }

    public ImportFailedException(ImportProblem problem) {
        this(List.of(problem));
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
