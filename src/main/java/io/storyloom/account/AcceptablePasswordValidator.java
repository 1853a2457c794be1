package io.storyloom.account;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link AcceptablePassword}; made by Spring's validator factory, so it gets the loaded rules. */
class AcceptablePasswordValidator implements ConstraintValidator<AcceptablePassword, SignUpRequest> {

    private final PasswordRules rules;

    AcceptablePasswordValidator(PasswordRules rules) {
        this.rules = rules;
    }

    @Override
    public boolean isValid(SignUpRequest request, ConstraintValidatorContext context) {
        if (request == null) {
            return true;
        }
        var problem = rules.problem(request.password(), request.email(), request.displayName());
        problem.ifPresent(message -> {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(escape(message)).addPropertyNode("password")
                    .addConstraintViolation();
        });
        return problem.isEmpty();
    }

    /** Messages are templates: braces and dollars would be read as expressions. */
    private static String escape(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
