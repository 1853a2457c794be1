package io.storyloom.story.sharing;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * A share link's expiry is given at most one way, and {@code expires_at} lies at most a year ahead
 * (as far as {@code expires_in_days} may reach). Reported on the {@code expires_at} field.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ShareExpiry.Check.class)
@interface ShareExpiry {

    int MAX_DAYS = 365;

    String message() default "is not a valid expiry";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link ShareController.ShareRequest}; made by Spring's validator factory. */
    class Check implements ConstraintValidator<ShareExpiry, ShareController.ShareRequest> {

        private final Clock clock;

        Check(Clock clock) {
            this.clock = clock;
        }

        @Override
        public boolean isValid(ShareController.ShareRequest request, ConstraintValidatorContext context) {
            if (request == null || request.expiresAt() == null) {
                return true;
            }
            String problem = request.expiresInDays() != null
                    ? "give either expires_in_days or expires_at, not both"
                    : request.expiresAt().isAfter(OffsetDateTime.now(clock).plusDays(MAX_DAYS + 1))
                    ? "must be at most " + MAX_DAYS + " days ahead"
                    : null;
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(problem).addPropertyNode("expiresAt").addConstraintViolation();
            return false;
        }
    }
}
