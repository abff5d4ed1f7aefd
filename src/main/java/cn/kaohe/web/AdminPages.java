package cn.kaohe.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.kaohe.audit.AuditLog;
import cn.kaohe.user.Role;
import cn.kaohe.user.UserService;

/** Administrators: users and the audit log (the whole /admin path is for 管理员 only). */
@ConditionalOnWebApplication
@Controller
class AdminPages {

    private final UserService users;
    private final AuditLog audit;

    AdminPages(UserService users, AuditLog audit) {
        this.users = users;
        this.audit = audit;
    }

    @GetMapping("/admin/users")
    String users(Model model) {
        model.addAttribute("users", users.all());
        model.addAttribute("roles", Role.values());
        return "admin-users";
    }

    @PostMapping("/admin/users")
    String create(@RequestParam String username, @RequestParam(defaultValue = "") String displayName, @RequestParam String password,
            @RequestParam(required = false) List<String> roles, Authentication auth, RedirectAttributes redirect) {
        try {
            users.create(auth.getName(), username.strip(), displayName.strip(), password, roles(roles));
            redirect.addFlashAttribute("message", "已新建用户 " + username + "，首次登录时须修改密码");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{username}")
    String update(@PathVariable String username, @RequestParam(required = false) List<String> roles,
            @RequestParam(defaultValue = "false") boolean enabled, @RequestParam(defaultValue = "") String password, Authentication auth,
            RedirectAttributes redirect) {
        try {
            users.update(auth.getName(), username, roles(roles), enabled);
            if (!password.isBlank()) {
                users.resetPassword(auth.getName(), username, password);
            }
            redirect.addFlashAttribute("message", "已更新用户 " + username);
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/users";
    }

    @GetMapping("/admin/audit")
    String audit(Model model) {
        model.addAttribute("events", audit.latest(500));
        return "admin-audit";
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> set = EnumSet.noneOf(Role.class);
        if (names != null) {
            names.forEach(n -> Role.of(n).ifPresent(set::add));
        }
        return set;
    }
}
