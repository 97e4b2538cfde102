package fi.livskraft.economypages;

import fi.livskraft.economy.ScenarioResult;
import java.util.List;

/**
 * A computed scenario ready for a page or a file: the result, names of the qualification and the
 * area in the page's language, and the explanation steps as sentences.
 */
record ScenarioView(ScenarioResult result, String qualificationName, String areaName, List<String> steps) {}
