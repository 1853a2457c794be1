package io.storyloom.system;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where the servlet container sends errors raised outside Spring MVC (a request the security firewall
 * refuses, a method the servlet does not know): the same problem+json as everywhere else, whatever the
 * client accepts. Asked for directly, {@code /error} is simply not there.
 */
@Hidden // the container's error path, not an operation of the API
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        HttpStatus status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                ? HttpStatus.resolve(code) : null;
        ProblemDetail problem;
        if (status == null) {
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is nothing at this address.");
            problem.setTitle("Not found");
        } else if (status.is5xxServerError()) {
            problem = ProblemDetail.forStatusAndDetail(status, "Something went wrong on our side. Please try again in a moment.");
            problem.setTitle("Internal error");
        } else {
            problem = ProblemDetail.forStatusAndDetail(status, status == HttpStatus.BAD_REQUEST
                    ? "The request's address, method or parameters cannot be read."
                    : status.getReasonPhrase() + ".");
        }
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
