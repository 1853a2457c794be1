package io.storyloom.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The web page is one HTML document ({@code static/index.html}) that draws every screen itself. The
 * addresses the server sends browsers to, and the share links it hands out, open that same document,
 * which reads the address and shows the right screen.
 */
@Controller
class PageRoutes {

    /** Sign-in (where anonymous browsers are sent), sign-up and a shared book ({@code /s/<token>}). */
    @GetMapping({"/signin", "/signup", "/s/{token}"})
    String page() {
        return "forward:/index.html";
    }
}
