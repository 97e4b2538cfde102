package fi.livskraft.economypages;

import fi.livskraft.economy.ScenarioInputs;
import java.time.Instant;

/** A provision scenario saved for a shareable link: its token, title, inputs, who saved it and when. */
record SavedScenario(
        String token, String title, ScenarioInputs inputs, String createdBy, Instant createdAt, boolean demo) {}
