package fi.livskraft.classification;

import fi.livskraft.common.Names;

/**
 * An ISCO-08 occupation group (Statistics Finland's Ammattiluokitus 2010, levels 1-4): the code has
 * as many digits as the level, and its parent is the code without its last digit.
 */
public record IscoGroup(String code, int level, String parentCode, Names names) {

    public IscoGroup {
        if (code == null || !code.matches("\\d{1,4}")) {
            throw new IllegalArgumentException("an ISCO-08 group code has one to four digits: " + code);
        }
        if (level != code.length()) {
            throw new IllegalArgumentException("level " + level + " does not match code " + code);
        }
        if (level == 1 ? parentCode != null : !code.substring(0, level - 1).equals(parentCode)) {
            throw new IllegalArgumentException("parent " + parentCode + " does not match code " + code);
        }
    }
}
