package fi.livskraft.insight;

import fi.livskraft.common.Names;

/** A provider as the evidence pages show it: id, slug, names, demonstration flag, home region. */
public record ProviderRef(long id, String slug, Names names, boolean demo, String regionCode) {}
