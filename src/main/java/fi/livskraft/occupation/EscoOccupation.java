package fi.livskraft.occupation;

import fi.livskraft.common.Names;

/**
 * An ESCO occupation placed under its ISCO-08 unit group. {@code code} is the ESCO notation (e.g.
 * {@code 2512.4}); {@code names} are the preferred labels in Finnish, Swedish and English.
 */
public record EscoOccupation(String uri, String code, String iscoCode, Names names) {

    public EscoOccupation {
        if (uri == null || uri.isBlank()) {
            throw new IllegalArgumentException("an ESCO occupation has a URI");
        }
        if (iscoCode == null || !iscoCode.matches("\\d{4}")) {
            throw new IllegalArgumentException("an ESCO occupation sits under a 4-digit ISCO-08 group: " + iscoCode);
        }
    }
}
