package fi.livskraft.economy.web;

import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import fi.livskraft.economy.Model;
import fi.livskraft.economy.PersonDays;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Persons whose cost is asked for, on the parameters in force on a date. */
@Schema(name = "EconomyCostRequest")
record CostRequestJson(
        @Schema(example = "2025-06-01", description = "the parameters in force on this date are used")
        LocalDate date,

        @Schema(description = "AN2024 (default) or PRE2025") Model model,
        List<PersonJson> persons) {

    /** Largest accepted accumulated days: 20,000 paid days is some 77 years of 5-day weeks. */
    static final int MAX_ACCUMULATED_DAYS = 20_000;
    /** Largest accepted paid days: 3,660 days is ten years of every calendar day. */
    static final int MAX_PAID_DAYS = 3_660;

    static final int MAX_PERSONS = 100_000;

    @Schema(name = "EconomyCostPerson")
    record PersonJson(
            @Schema(example = "90") Integer accumulatedDays,
            @Schema(example = "260") Integer paidDays) {}

    Model modelOrDefault() {
        return model == null ? Model.AN2024 : model;
    }

    /** The persons, or a 400 naming every bad field ({@code persons[3].paidDays}). */
    List<PersonDays> checkedPersons() {
        List<FieldError> errors = new ArrayList<>();
        if (date == null) {
            errors.add(FieldError.of("date", "economy.error.required"));
        }
        if (persons == null || persons.isEmpty()) {
            errors.add(FieldError.of("persons", "economy.error.persons-empty"));
        } else if (persons.size() > MAX_PERSONS) {
            errors.add(FieldError.of("persons", "economy.error.persons-too-many", MAX_PERSONS));
        }
        List<PersonDays> checked = new ArrayList<>();
        if (errors.isEmpty()) {
            for (int i = 0; i < persons.size() && errors.size() < 100; i++) {
                PersonJson p = persons.get(i);
                String at = "persons[" + i + "].";
                Integer accumulated = p == null ? null : p.accumulatedDays();
                Integer paid = p == null ? null : p.paidDays();
                int before = errors.size();
                days(
                        errors,
                        at + "accumulatedDays",
                        accumulated,
                        MAX_ACCUMULATED_DAYS,
                        "economy.error.accumulated-absurd");
                days(errors, at + "paidDays", paid, MAX_PAID_DAYS, "economy.error.paid-absurd");
                if (errors.size() == before) {
                    checked.add(new PersonDays(accumulated, paid));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return checked;
    }

    private static void days(List<FieldError> errors, String field, Integer value, int max, String absurdKey) {
        if (value == null) {
            errors.add(FieldError.of(field, "economy.error.required"));
        } else if (value < 0) {
            errors.add(FieldError.of(field, "economy.error.negative"));
        } else if (value > max) {
            errors.add(FieldError.of(field, absurdKey, max));
        }
    }
}
