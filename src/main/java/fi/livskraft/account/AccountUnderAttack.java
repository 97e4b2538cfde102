package fi.livskraft.account;

/** Sign-in attempts against an account have passed its free failures (once a day at most). */
record AccountUnderAttack(String username, int failures) {}
