package io.storyloom.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which passwords sign-up refuses, and which ordinary passphrases it lets through. */
class PasswordRulesTest {

    private static final PasswordRules RULES = new PasswordRules();
    private static final String EMAIL = "sam.smith@example.com";
    private static final String NAME = "Samantha";

    @ParameterizedTest
    @ValueSource(strings = {"password123", "PASSWORD123", "qwertyuiop", "1234567890", "iloveyou12", "basketball",
            "sunshine2024!", "!!dragon2024", "pass word 123", "Manchester", "1q2w3e4r5t"})
    void commonPasswordsAndTheirUsualDecorationsAreRefused(String password) {
        assertThat(RULES.problem(password, EMAIL, NAME)).hasValueSatisfying(message ->
                assertThat(message).contains("most common passwords"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sam.smith@example.com", "SAM.SMITH@EXAMPLE.COM", "my sam.smith@example.com!",
            "samsmith1234", "Sam.Smith.2024", "samsmithexample", "Samantha-ab1", "samantha samantha"})
    void theEmailAndTheNameAreRefused(String password) {
        assertThat(RULES.problem(password, EMAIL, NAME)).as(password).hasValueSatisfying(message ->
                assertThat(message).contains("your email address or your name"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery", "a long passphrase", "Samantha's dragon ate the moon",
            "sam likes green jelly beans", "x8#kQ9!vLp2@", "Mia found a dragon egg", "7 dragons ate 3 pies"})
    void ordinaryPassphrasesAreAccepted(String password) {
        assertThat(RULES.problem(password, EMAIL, NAME)).as(password).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"jo@example.com, Jo, jo and the moon and stars", "al@example.com, Al, allergies are annoying"})
    void shortNamesDoNotRefuseSentencesThatHappenToContainThem(String email, String name, String password) {
        assertThat(RULES.problem(password, email, name)).isEmpty();
    }
}
