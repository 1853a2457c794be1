package io.storyloom.account;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.GroupSequence;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new account. The password is hashed whole (Argon2id), however many bytes its characters take. Once the
 * fields are valid, the password must not be easy to guess either ({@link AcceptablePassword}).
 */
@GroupSequence({SignUpRequest.class, AcceptablePassword.Checked.class})
@AcceptablePassword(groups = AcceptablePassword.Checked.class)
record SignUpRequest(
        @Schema(example = "parent@example.com") @NotBlank @Email @Size(max = 254) String email,
        @Schema(example = "a long passphrase") @NotBlank @Size(min = 10, max = 64) String password,
        @Schema(example = "Sam") @NotBlank @Size(max = 60) @Pattern(regexp = "^[^\\x00-\\x1F\\x7F]*$", message = "must be a single line of text")
        String displayName) {

    @Override
    public String toString() {
        return "SignUpRequest[email=" + email + "]";
    }
}
