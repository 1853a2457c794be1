package io.storyloom.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A test class that asserts what was printed ({@code CapturedOutput}): it takes turns with other such
 * classes ({@link RunningAppLocks}) and its tests never overlap an app's logging set-up ({@link LoggingSetup}),
 * which drops every line printed meanwhile.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith({OutputCaptureExtension.class, SteadyLogging.class})
public @interface CapturedConsole {
}
