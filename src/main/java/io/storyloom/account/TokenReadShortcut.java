package io.storyloom.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A read that a request with an API token may have answered as soon as it is authenticated and
 * authorised, with Spring Security's headers, but without the MVC dispatch after it: for the few
 * reads that scripts poll many times a second (a story's status). Whatever a shortcut does not answer
 * goes on to its controller as usual, so problems (404, 406…) are always the controller's.
 */
public interface TokenReadShortcut {

    /** @return true when the whole answer is written; false to let the request go on */
    boolean answer(HttpServletRequest request, HttpServletResponse response, SignedInUser user) throws IOException;
}
