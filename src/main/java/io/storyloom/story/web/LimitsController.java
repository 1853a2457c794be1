package io.storyloom.story.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Validator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** Publishes the request limits, as {@code GET /stories/statuses} publishes the statuses. */
@RestController
@RequestMapping("/stories")
@Tag(name = "Stories")
class LimitsController {

    private final RequestLimits limits;

    LimitsController(Validator validator, JsonMapper json) {
        var config = json.serializationConfig();
        var naming = config.getPropertyNamingStrategy();
        this.limits = RequestLimits.of(validator,
                name -> naming == null ? name : naming.nameForField(config, null, name));
    }

    @GetMapping("/limits")
    @Operation(summary = "The limits of every field a client sends: lengths, ranges, list sizes",
            description = "Read from the server's own validation rules; clients read them from here rather than "
                    + "keeping a copy. A request within them can still be refused for its content (422).")
    RequestLimits limits() {
        return limits;
    }
}
