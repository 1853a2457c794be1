package io.storyloom.account;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits on password checks and sign-ups ({@link SignInThrottle} says how they combine).
 *
 * @param checksPerAddressPerMinute   password checks (sign-in, token exchange) from one client address
 * @param failuresPerAddressPerHour   wrong passwords or unknown emails from one client address
 * @param failuresPerAccountPerHour   wrong passwords for one email from devices and addresses that never
 *                                    signed in to it
 * @param signUpsPerAddressPerHour    sign-ups from one client address
 * @param rememberDevicesFor          how long a device or address that signed in to an account stays known
 */
@ConfigurationProperties("storyloom.sign-in")
@Validated
record SignInLimits(
        @DefaultValue("30") @Min(1) @Max(1_000_000) int checksPerAddressPerMinute,
        @DefaultValue("20") @Min(1) @Max(1_000_000) int failuresPerAddressPerHour,
        @DefaultValue("10") @Min(1) @Max(1_000_000) int failuresPerAccountPerHour,
        @DefaultValue("20") @Min(1) @Max(1_000_000) int signUpsPerAddressPerHour,
        @DefaultValue("30d") @NotNull @DurationMin(millis = 1) Duration rememberDevicesFor) {
}
