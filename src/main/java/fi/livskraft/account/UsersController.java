package fi.livskraft.account;

import fi.livskraft.common.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** User accounts, for the coordinator: a page with a creation form, and the API. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class UsersController {

    private final UserAccounts accounts;

    UsersController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /** The creation form: one role, for one organisation (empty for the coordinator). */
    record UserForm(String username, String displayName, String email, String password, Role role, String scope) {

        NewUser toNewUser() {
            Role r = role == null ? Role.EMPLOYER : role;
            String s = scope == null ? "" : scope.strip();
            if (r != Role.COORDINATOR && s.isEmpty()) {
                throw new InvalidInputException(
                        fi.livskraft.common.FieldError.of("scope", "account.error.scope-required"));
            }
            return new NewUser(
                    username == null ? "" : username.strip(),
                    password,
                    displayName == null || displayName.isBlank() ? username : displayName.strip(),
                    email == null || email.isBlank() ? null : email.strip(),
                    List.of(new NewUser.Grant(r, r == Role.COORDINATOR ? "" : s)),
                    false);
        }
    }

    @GetMapping("/users")
    String page(Model model) {
        model.addAttribute("users", accounts.list());
        model.addAttribute("roles", Arrays.asList(Role.values()));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new UserForm("", "", "", "", Role.EMPLOYER, ""));
        }
        return "account/users";
    }

    @PostMapping("/users")
    String create(UserForm form, Model model, RedirectAttributes redirect) {
        try {
            accounts.create(form.toNewUser());
        } catch (InvalidInputException e) {
            model.addAttribute(
                    "form",
                    new UserForm(form.username(), form.displayName(), form.email(), "", form.role(), form.scope()));
            model.addAttribute("errors", e.errors());
            return page(model);
        }
        redirect.addFlashAttribute("created", form.username());
        return "redirect:/users";
    }

    @GetMapping("/api/v1/users")
    @ResponseBody
    List<UserAccounts.UserSummary> list() {
        return accounts.list();
    }

    @PostMapping("/api/v1/users")
    @ResponseBody
    @ResponseStatus(HttpStatus.CREATED)
    UserAccounts.UserSummary createViaApi(@RequestBody UserForm form) {
        long id = accounts.create(form.toNewUser());
        return accounts.list().stream().filter(u -> u.id() == id).findFirst().orElseThrow();
    }
}
