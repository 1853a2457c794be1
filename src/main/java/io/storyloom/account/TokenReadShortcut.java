package io.storyloom.account;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A read that a request with an API token may have answered in front of the servlet filters, with
 * Spring Security's headers but without the rest of its filter chain and the MVC dispatch: for the few
 * reads that scripts poll many times a second (a story's status). Whatever a shortcut does not answer
 * goes through the filters to its controller as usual, so problems (404, 406…) are always theirs.
 * A shortcut only takes paths that any signed-in user may ask for (their rule is "authenticated").
 */
public interface TokenReadShortcut {

    /** Whether this is a request the shortcut answers for a valid token: from its method, path and headers alone. */
    boolean takes(HttpServletRequest request);

    /** The route its answers are counted under: the path pattern of the controller method it stands in for. */
    String route();

    /** @return the JSON body of a 200 answer to a request it {@link #takes}, or null to let it go on */
    byte[] answer(HttpServletRequest request, SignedInUser user);
}
