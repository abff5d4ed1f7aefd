package cn.kaohe.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.kaohe.audit.AuditLog;
import cn.kaohe.user.Role;
import cn.kaohe.user.UserService;

/** For administrators: the audit log and the users. */
@ConditionalOnWebApplication
@RestController
@RequestMapping("/api/admin")
@Tag(name = "管理", description = "审计日志与用户（仅管理员）")
class AdminApi {

    private final AuditLog audit;
    private final UserService users;

    AdminApi(AuditLog audit, UserService users) {
        this.audit = audit;
        this.users = users;
    }

    @GetMapping("/audit")
    @Operation(summary = "最近的审计记录：导入、考核、导出、状态修改、用户管理")
    List<Map<String, Object>> audit(@RequestParam(defaultValue = "200") int limit) {
        return audit.latest(Math.min(Math.max(limit, 1), 5000)).stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("at", e.getAt());
            m.put("user", e.getUsername());
            m.put("action", e.getAction());
            m.put("detail", e.getDetail());
            return m;
        }).toList();
    }

    /** A new account: the initial password must be changed at first login. Roles by code or Chinese name. */
    record NewUser(String username, String displayName, String password, List<String> roles) {
    }

    @PostMapping("/users")
    @Operation(summary = "新建用户；角色可写 ASSESSOR/POLICY/VIEWER/ADMIN 或 考核人员/政策人员/查看/管理员；首次登录须修改密码")
    ResponseEntity<Map<String, Object>> create(@RequestBody NewUser body, Authentication auth) {
        java.util.Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
        if (body.roles() != null) {
            for (String r : body.roles()) {
                roles.add(Role.of(r).orElseThrow(() -> new IllegalArgumentException("没有角色“" + r + "”，可用：考核人员、政策人员、查看、管理员")));
            }
        }
        var u = users.create(auth.getName(), body.username() == null ? "" : body.username().strip(),
                body.displayName() == null ? "" : body.displayName().strip(), body.password(), roles);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", u.getUsername());
        m.put("roles", u.getRoleLabels());
        m.put("mustChangePassword", u.isMustChangePassword());
        return ResponseEntity.status(HttpStatus.CREATED).body(m);
    }

    @GetMapping("/users")
    @Operation(summary = "全部用户及其角色")
    List<Map<String, Object>> users() {
        return users.all().stream().map(u -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("username", u.getUsername());
            m.put("displayName", u.getDisplayName());
            m.put("roles", u.getRoleLabels());
            m.put("enabled", u.isEnabled());
            m.put("mustChangePassword", u.isMustChangePassword());
            return m;
        }).toList();
    }
}
