package fi.livskraft.partnership;

import fi.livskraft.common.Names;

/** A region (2-digit code) offered as a filter of the provider list. */
public record RegionOption(String code, Names names) {}
