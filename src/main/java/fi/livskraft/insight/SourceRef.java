package fi.livskraft.insight;

/** Where a figure came from: publisher, dataset, vintage, licence, and whether it is demonstration data. */
public record SourceRef(String publisher, String dataset, String vintage, String licence, boolean demo) {}
