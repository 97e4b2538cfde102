package fi.livskraft.occupation;

/** One label of an ESCO occupation in one language ({@code fi}, {@code sv} or {@code en}). */
public record EscoLabel(String uri, String language, LabelKind kind, String label) {}
