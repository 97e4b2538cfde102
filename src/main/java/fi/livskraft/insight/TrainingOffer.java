package fi.livskraft.insight;

/** A language-training or short-module offer a provider made for a need (from the dialogue). */
record TrainingOffer(long needId, String kind, String qualificationCode, String language, boolean demo) {}
