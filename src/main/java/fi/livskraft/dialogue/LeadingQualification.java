package fi.livskraft.dialogue;

import fi.livskraft.common.Names;
import java.math.BigDecimal;

/** A qualification that leads to an occupation, from the crosswalk: weight, confidence and where the row came from. */
public record LeadingQualification(
        String iscoCode, String code, Names names, BigDecimal weight, String confidence, String source) {}
