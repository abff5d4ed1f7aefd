package cn.kaohe.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.kaohe.user.UserService;

/** Logging in and changing one's password. */
@ConditionalOnWebApplication
@Controller
class AccountPages {

    private final UserService users;

    AccountPages(UserService users) {
        this.users = users;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home() {
        return "redirect:/periods";
    }

    @GetMapping("/password")
    String password(Authentication auth, Model model) {
        model.addAttribute("mustChange", users.mustChangePassword(auth.getName()));
        return "password";
    }

    @PostMapping("/password")
    String changePassword(@RequestParam String current, @RequestParam String proposed, @RequestParam String repeated, Authentication auth,
            Model model, RedirectAttributes redirect) {
        try {
            if (!proposed.equals(repeated)) {
                throw new IllegalArgumentException("两次输入的新密码不一致");
            }
            users.changePassword(auth.getName(), current, proposed);
            redirect.addFlashAttribute("message", "密码已修改");
            return "redirect:/periods";
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("mustChange", users.mustChangePassword(auth.getName()));
            return "password";
        }
    }
}
