package io.storyloom.support;

import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Points a test context at the database its class names with {@link TestDatabase}. The customizer is
 * equal for equal kinds and app names, so it keeps such classes in one cached context; the database itself
 * is made when the context starts.
 */
class TestDatabaseCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        TestDatabase database = TestContextAnnotationUtils.findMergedAnnotation(testClass, TestDatabase.class);
        return database == null ? null : new DatabaseCustomizer(database.value(), database.app());
    }

    private record DatabaseCustomizer(TestDatabase.Kind kind, String app) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            Map<String, Object> settings = switch (kind) {
                case H2 -> H2Database.inMemory();
                case H2_FILE -> H2Database.inFile();
                case POSTGRES -> PostgresDatabase.fresh();
            };
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-database", settings));
        }
    }
}
