package fi.livskraft.classification;

import fi.livskraft.common.ImportProblem;
import java.util.ArrayList;

/**
 * Problems or warnings of one import, kept up to a limit so that a file broken on every row does
 * not fill the memory; the first ones say where to look.
 */
final class ProblemList extends ArrayList<ImportProblem> {

    static final int LIMIT = 200;

    @Override
    public boolean add(ImportProblem problem) {
        return size() < LIMIT && super.add(problem);
    }
}
