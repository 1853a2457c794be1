package io.storyloom.story.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.storyloom.story.ChildProfile;
import io.storyloom.story.book.StoryRequest;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The limits of what a client may send, read at start-up from the Bean Validation constraints of the
 * request records themselves ({@link StoryRequest} with its {@link ChildProfile}, a page's new words),
 * so the numbers live in one place and the page reads them from {@code GET /stories/limits}.
 */
@Schema(description = "The limits of each field a client sends, keyed by the field's path as error messages name it")
record RequestLimits(
        @Schema(description = "POST /stories/: e.g. child.name, child.age, idea, page_count")
        Map<String, FieldLimits> story,
        @Schema(description = "PUT /stories/{id}/pages/{number}: text")
        Map<String, FieldLimits> page) {

    /** One field's limits; a limit the field does not have is left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FieldLimits(
            @Schema(description = "The field must be present (and for text, not blank)") boolean required,
            @Schema(description = "Fewest characters, after surrounding spaces are removed") Integer minLength,
            @Schema(description = "Most characters") Integer maxLength,
            @Schema(description = "Smallest number") BigDecimal minimum,
            @Schema(description = "Largest number") BigDecimal maximum,
            @Schema(description = "Most entries in the list") Integer maxItems,
            @Schema(description = "Most characters in each entry of the list") Integer itemMaxLength) {

        static final FieldLimits NONE = new FieldLimits(false, null, null, null, null, null, null);

        /** These limits with one more constraint of the field itself taken in. */
        FieldLimits with(Annotation constraint, boolean list) {
            if (constraint instanceof NotNull || constraint instanceof NotBlank || constraint instanceof NotEmpty) {
                return new FieldLimits(true, minLength, maxLength, minimum, maximum, maxItems, itemMaxLength);
            }
            return switch (constraint) {
                case Min min -> new FieldLimits(required, minLength, maxLength, BigDecimal.valueOf(min.value()), maximum,
                        maxItems, itemMaxLength);
                case Max max -> new FieldLimits(required, minLength, maxLength, minimum, BigDecimal.valueOf(max.value()),
                        maxItems, itemMaxLength);
                case DecimalMin min -> new FieldLimits(required, minLength, maxLength, new BigDecimal(min.value()), maximum,
                        maxItems, itemMaxLength);
                case DecimalMax max -> new FieldLimits(required, minLength, maxLength, minimum, new BigDecimal(max.value()),
                        maxItems, itemMaxLength);
                case Size size when list -> new FieldLimits(required, minLength, maxLength, minimum, maximum,
                        upper(size), itemMaxLength);
                case Size size -> new FieldLimits(required, size.min() > 0 ? size.min() : null, upper(size), minimum,
                        maximum, maxItems, itemMaxLength);
                default -> this;
            };
        }

        /** These limits with a constraint on each entry of a list taken in. */
        FieldLimits withItem(Annotation constraint) {
            return constraint instanceof Size size
                    ? new FieldLimits(required, minLength, maxLength, minimum, maximum, maxItems, upper(size))
                    : this;
        }

        private static Integer upper(Size size) {
            return size.max() == Integer.MAX_VALUE ? null : size.max();
        }
    }

    /**
     * The limits of every request body a client sends, as the validator sees them, each field named as
     * it is on the wire ({@code jsonName}: {@code pageCount} → {@code page_count}).
     */
    static RequestLimits of(Validator validator, UnaryOperator<String> jsonName) {
        return new RequestLimits(fields(validator, jsonName, StoryRequest.class),
                fields(validator, jsonName, PageController.PageText.class));
    }

    /** Each constrained field of a record (and of the records it validates in turn), in declaration order. */
    static Map<String, FieldLimits> fields(Validator validator, UnaryOperator<String> jsonName,
            Class<? extends Record> type) {
        Map<String, FieldLimits> fields = new LinkedHashMap<>();
        collect(validator, jsonName, type, "", fields);
        return Collections.unmodifiableMap(fields);
    }

    private static void collect(Validator validator, UnaryOperator<String> jsonName, Class<?> type, String prefix,
            Map<String, FieldLimits> into) {
        var bean = validator.getConstraintsForClass(type);
        for (RecordComponent component : type.getRecordComponents()) {
            PropertyDescriptor property = bean.getConstraintsForProperty(component.getName());
            if (property == null) {
                continue;
            }
            String name = prefix + jsonName.apply(component.getName());
            if (property.isCascaded() && component.getType().isRecord()) {
                collect(validator, jsonName, component.getType(), name + ".", into);
                continue;
            }
            boolean list = Collection.class.isAssignableFrom(component.getType());
            FieldLimits limits = FieldLimits.NONE;
            for (ConstraintDescriptor<?> constraint : property.getConstraintDescriptors()) {
                limits = limits.with(constraint.getAnnotation(), list);
            }
            for (var element : property.getConstrainedContainerElementTypes()) {
                for (ConstraintDescriptor<?> constraint : element.getConstraintDescriptors()) {
                    limits = limits.withItem(constraint.getAnnotation());
                }
            }
            into.put(name, limits);
        }
    }
}
