package io.storyloom.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.passay.DefaultPasswordValidator;
import org.passay.FailureRuleResult;
import org.passay.PasswordData;
import org.passay.RuleResult;
import org.passay.RuleResultDetail;
import org.passay.SuccessRuleResult;
import org.passay.rule.DictionaryRule;
import org.passay.rule.MatchBehavior;
import org.passay.rule.Rule;
import org.passay.rule.UsernameRule;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a new password must not be, checked with Passay: one of the most common passwords (the list
 * in {@code passwords/common-passwords.txt}, also with its spaces taken out or with digits and
 * symbols around it: "sunshine2024!"), anything containing the account's email address, or little
 * more than the email's local part (with its domain's name) or the display name ("sam.smith@example.com"
 * → "SamSmith123", "samsmithexample"). The length
 * limits stay with {@link SignUpRequest}'s annotations.
 */
@Component
class PasswordRules {

    static final String LIST = "passwords/common-passwords.txt";

    /** What must be left, in letters, once a name is taken out of a password, for the name not to count. */
    private static final int LETTERS_BESIDES_NAME = 4;
    private static final String COMMON = "COMMON_PASSWORD";
    private static final String PERSONAL = "PERSONAL_WORD";

    /** The list in lower case: a hash set builds in milliseconds where Passay's sorted word list took a second of start-up. */
    private final Set<String> common;

    PasswordRules() {
        this.common = CommonPasswords.LIST;
    }

    /** Read once per JVM, on first use: the list never changes while it runs. */
    private static final class CommonPasswords {
        static final Set<String> LIST = load();
    }

    /** Why the password is refused, as a message for the password field; empty when it is fine. */
    Optional<String> problem(String password, String email, String displayName) {
        if (password == null || password.isEmpty()) {
            return Optional.empty(); // the field's own @NotBlank says so
        }
        List<String> personal = new ArrayList<>();
        String mail = email == null ? "" : email.strip();
        int at = mail.indexOf('@');
        if (at > 0) {
            String local = mail.substring(0, at);
            String domain = mail.substring(at + 1);
            personal.add(local);
            personal.add(local + (domain.contains(".") ? domain.substring(0, domain.indexOf('.')) : domain));
        }
        if (displayName != null) {
            personal.add(displayName.strip());
        }
        var validator = new DefaultPasswordValidator(
                new CommonPasswordRule(common),
                new UsernameRule(false, true, MatchBehavior.Contains),
                new PersonalWordRule(personal));
        var result = validator.validate(new PasswordData(mail, password));
        if (result.isValid()) {
            return Optional.empty();
        }
        List<String> codes = result.getDetails().stream().map(RuleResultDetail::getErrorCode).toList();
        if (codes.contains(COMMON)) {
            return Optional.of("is one of the most common passwords, which are the first ones guessed. "
                    + "Please choose another: a short sentence only you would think of works well.");
        }
        return Optional.of("is too close to your email address or your name. "
                + "Please choose something else: a short sentence only you would think of works well.");
    }

    private static Set<String> load() {
        try (var reader = new BufferedReader(new InputStreamReader(new ClassPathResource(LIST).getInputStream(),
                StandardCharsets.UTF_8))) {
            // Case-insensitive: "Password123" is as common as "password123".
            return reader.lines().map(String::strip).filter(word -> !word.isEmpty())
                    .map(PasswordRules::folded).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the list of common passwords " + LIST, e);
        }
    }

    /**
     * The password, with its spaces taken out, or without the digits and symbols before and after its
     * letters, is on the list of common passwords.
     */
    private record CommonPasswordRule(Set<String> common) implements Rule {

        @Override
        public RuleResult validate(PasswordData data) {
            String password = data.getPassword().toString();
            Set<String> candidates = new LinkedHashSet<>();
            candidates.add(password);
            String joined = password.replaceAll("\\s+", "");
            candidates.add(joined);
            String core = joined.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
            if (core.length() >= 3) {
                candidates.add(core);
            }
            for (String candidate : candidates) {
                if (common.contains(folded(candidate))) {
                    return new FailureRuleResult(new RuleResultDetail(COMMON, Map.of()));
                }
            }
            return new SuccessRuleResult();
        }
    }

    private static String folded(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    /**
     * The password is little more than a personal word (the email's local part, the display name):
     * once every occurrence is taken out, ignoring case and the dots, dashes and spaces inside the
     * word, fewer than {@value #LETTERS_BESIDES_NAME} letters are left. A short name inside a real
     * sentence ("Sam's dragon ate the moon") is fine.
     */
    private record PersonalWordRule(List<String> words) implements Rule {

        @Override
        public RuleResult validate(PasswordData data) {
            String password = squeeze(data.getPassword().toString());
            for (String word : words) {
                String name = squeeze(word);
                if (name.codePointCount(0, name.length()) < 3 || !password.contains(name)) {
                    continue;
                }
                String rest = password.replace(name, "");
                if (rest.codePoints().filter(Character::isLetter).count() < LETTERS_BESIDES_NAME) {
                    return new FailureRuleResult(new RuleResultDetail(PERSONAL, Map.of()));
                }
            }
            return new SuccessRuleResult();
        }

        private static String squeeze(String text) {
            return text.toLowerCase(Locale.ROOT).replaceAll("[\\s._\\-+@'’]+", "");
        }
    }
}
