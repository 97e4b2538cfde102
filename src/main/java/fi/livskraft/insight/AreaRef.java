package fi.livskraft.insight;

import fi.livskraft.common.Names;

/** An area the analyses can be asked about: its code (SSS, MKnn, SKnnn, KUnnn, TA:id), level and names. */
public record AreaRef(String code, AreaLevel level, Names names, String regionCode) {}
