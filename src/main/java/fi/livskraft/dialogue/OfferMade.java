package fi.livskraft.dialogue;

/** Published when a provider answered a need (after commit the raiser is told by e-mail where configured). */
record OfferMade(long needId, long offerId) {}
