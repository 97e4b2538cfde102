package fi.livskraft.account;

import fi.livskraft.common.AppSettings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login form (fields {@code username} and {@code password}); lists the demo accounts when present. */
@Controller
class LoginController {

    private final AppSettings settings;

    LoginController(AppSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demoAccounts", settings.demoDataLoaded());
        return "account/login";
    }
}
