package cn.kaohe.user;

import java.security.SecureRandom;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kaohe.audit.AuditLog;

/** Accounts: login lookup, the first administrator, password changes and user management. */
@Service
public class UserService implements UserDetailsService {

    private static final Logger log = LoggerFactory.getLogger(UserService.class);

    private final AppUsers users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Environment environment;

    UserService(AppUsers users, PasswordEncoder encoder, AuditLog audit, Environment environment) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.environment = environment;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser u = users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("用户名或密码错误"));
        return User.withUsername(u.getUsername())
                .password(u.getPasswordHash())
                .disabled(!u.isEnabled())
                .authorities(u.roleSet().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList())
                .build();
    }

    /**
     * On the first start there is no user: an administrator {@code admin} is created, with the password
     * from {@code KAOHE_ADMIN_PASSWORD} or a generated one printed once in the log; it must be changed at
     * first login. The first administrator is also an assessor and a policy officer, so one person can try the whole workflow.
     *
     * @return the generated password, or null when none was created or it came from the environment
     */
    @Transactional
    public String createFirstAdministrator() {
        if (users.count() > 0) {
            return null;
        }
        String given = environment.getProperty("KAOHE_ADMIN_PASSWORD");
        String password = given == null || given.isBlank() ? generated() : given;
        users.save(new AppUser("admin", "系统管理员", encoder.encode(password), Set.of(Role.ADMIN, Role.ASSESSOR, Role.POLICY)));
        if (given == null || given.isBlank()) {
            log.warn("\n\n  已创建管理员账号 admin，初始密码：{}\n  （只显示这一次；首次登录后须修改密码。可用环境变量 KAOHE_ADMIN_PASSWORD 指定初始密码。）\n", password);
            return password;
        }
        log.warn("已创建管理员账号 admin，初始密码取自环境变量 KAOHE_ADMIN_PASSWORD；首次登录后须修改密码。");
        return null;
    }

    private static String generated() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.append(random.nextInt(10)).toString();
    }

    @Transactional(readOnly = true)
    public AppUser get(String username) {
        return users.findByUsername(username).orElseThrow(() -> new IllegalArgumentException("没有用户“" + username + "”"));
    }

    /** Whether the user must still replace an initial password. */
    @Transactional(readOnly = true)
    public boolean mustChangePassword(String username) {
        return users.findByUsername(username).map(AppUser::isMustChangePassword).orElse(false);
    }

    @Transactional(readOnly = true)
    public List<AppUser> all() {
        return users.findAll();
    }

    /**
     * @throws IllegalArgumentException in Chinese when the current password is wrong or the new one too weak
     */
    @Transactional
    public void changePassword(String username, String current, String proposed) {
        AppUser u = get(username);
        if (!encoder.matches(current, u.getPasswordHash())) {
            throw new IllegalArgumentException("当前密码不正确");
        }
        checkStrength(proposed);
        if (encoder.matches(proposed, u.getPasswordHash())) {
            throw new IllegalArgumentException("新密码不能与当前密码相同");
        }
        u.password(encoder.encode(proposed), false);
        audit.record(username, AuditLog.PASSWORD, "修改了自己的密码");
    }

    @Transactional
    public AppUser create(String admin, String username, String displayName, String initialPassword, Set<Role> roles) {
        if (!username.matches("[A-Za-z0-9_.-]{2,50}")) {
            throw new IllegalArgumentException("用户名只能由2至50个字母、数字、下划线、点或连字符组成");
        }
        if (users.findByUsername(username).isPresent()) {
            throw new IllegalArgumentException("用户名“" + username + "”已存在");
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("请至少选择一个角色");
        }
        checkStrength(initialPassword);
        AppUser u = users.save(new AppUser(username, displayName.isBlank() ? username : displayName, encoder.encode(initialPassword), roles));
        audit.record(admin, AuditLog.USER, "新建用户 " + username + "（" + u.getRoleLabels() + "）");
        return u;
    }

    @Transactional
    public void update(String admin, String username, Set<Role> roles, boolean enabled) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("请至少选择一个角色");
        }
        AppUser u = get(username);
        u.roles(roles);
        u.enabled(enabled);
        audit.record(admin, AuditLog.USER, "修改用户 " + username + "：" + u.getRoleLabels() + (enabled ? "" : "，已停用"));
    }

    @Transactional
    public void resetPassword(String admin, String username, String initialPassword) {
        checkStrength(initialPassword);
        get(username).password(encoder.encode(initialPassword), true);
        audit.record(admin, AuditLog.USER, "重置用户 " + username + " 的密码");
    }

    private static void checkStrength(String password) {
        if (password == null || password.length() < 8 || !password.matches(".*[A-Za-z].*") || !password.matches(".*\\d.*")) {
            throw new IllegalArgumentException("密码至少8位，且须同时包含字母和数字");
        }
    }
}
