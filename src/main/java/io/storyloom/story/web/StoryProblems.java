package io.storyloom.story.web;

import io.storyloom.story.StoryConflictException;
import io.storyloom.story.StoryNotFoundException;
import io.storyloom.story.book.QuotaExceededException;
import io.storyloom.story.book.UnsafeRequestException;
import io.storyloom.story.pictures.ImageNotFoundException;
import io.storyloom.system.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Story errors as problem+json. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class StoryProblems {

    @ExceptionHandler(StoryNotFoundException.class)
    ProblemDetail storyNotFound() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no story with that id.");
        problem.setTitle("Story not found");
        return problem;
    }

    @ExceptionHandler(ImageNotFoundException.class)
    ProblemDetail imageNotFound(ImageNotFoundException ex) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
        problem.setTitle("Picture not found");
        return problem;
    }

    @ExceptionHandler(StoryConflictException.class)
    ProblemDetail conflict(StoryConflictException ex) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
        problem.setTitle("Not possible in the story's current state");
        return problem;
    }

    @ExceptionHandler(QuotaExceededException.class)
    ResponseEntity<ProblemDetail> quota(QuotaExceededException ex) {
        return Problems.tooManyRequests("Limit reached", ex.getMessage(), ex.retryAfter());
    }

    @ExceptionHandler(UnsafeRequestException.class)
    ProblemDetail unsafe(UnsafeRequestException ex) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
        problem.setTitle("Let's keep it gentle");
        problem.setProperty("errors", ex.concerns());
        return problem;
    }
}
