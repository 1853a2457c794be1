package io.storyloom.account;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A sign-up whose password is not easy to guess ({@link PasswordRules}). Checked on the whole request,
 * since it needs the email and the name, and reported on its {@code password} field like any other
 * field error: 400 problem+json.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AcceptablePasswordValidator.class)
@interface AcceptablePassword {

    String message() default "is too easy to guess";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The group it is checked in, after the fields' own constraints have passed. */
    interface Checked {
    }
}
