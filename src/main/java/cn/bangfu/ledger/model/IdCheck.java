package cn.bangfu.ledger.model;

import java.util.Objects;

/** Outcome of {@link IdNumber#check(String)}: either a {@link Valid} ID or an {@link Invalid} reason. */
public sealed interface IdCheck permits IdCheck.Valid, IdCheck.Invalid {

    /** True for {@link Valid}. */
    default boolean isValid() {
        return this instanceof Valid;
    }

    /**
     * The input was (or contained) a valid ID.
     *
     * @param id                 the normalised 18-character ID
     * @param upgradedFrom15     the input was a legacy 15-digit number, upgraded to 18 characters
     * @param fromDisabilityCert the input was a 20-character disability certificate number (ID + category + grade)
     */
    record Valid(IdNumber id, boolean upgradedFrom15, boolean fromDisabilityCert) implements IdCheck {
        public Valid {
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * The input is not a usable ID.
     *
     * @param problem the category of the problem
     * @param message a short Simplified Chinese sentence: what is wrong and what to do
     */
    record Invalid(IdProblem problem, String message) implements IdCheck {
        public Invalid {
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(message, "message");
        }
    }
}
