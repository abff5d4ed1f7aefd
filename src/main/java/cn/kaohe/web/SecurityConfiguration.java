package cn.kaohe.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.kaohe.user.UserService;

/**
 * Who may open what. Open without a login: the login page, static assets, {@code /actuator/health}
 * and the API documentation. Pages log in with a form (CSRF-protected); API clients may use HTTP
 * Basic, and such requests carry no session cookie to forge. Roles are checked on each action.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

    static final RequestMatcher API = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, UserService users) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/assets/**", "/webjars/**", "/favicon.ico", "/error",
                                "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**",
                                "/swagger-ui.html").permitAll()
                        .requestMatchers("/admin/**", "/api/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/periods", false).failureUrl("/login?error").permitAll())
                .httpBasic(b -> b.authenticationEntryPoint((request, response, ex) -> json(response, 401, "用户名或密码错误")))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .csrf(c -> c.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor((request, response, ex) -> json(response, 401, "请先登录"), API)
                        .defaultAccessDeniedHandlerFor((request, response, ex) -> json(response, 403,
                                ex instanceof org.springframework.security.web.csrf.CsrfException
                                        ? "缺少或无效的 CSRF 令牌：网页请刷新后重试，脚本请用 HTTP Basic 登录"
                                        : "没有权限执行此操作"), API)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true))
                .addFilterAfter(new InitialPasswordFilter(users), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    static void json(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"message\":\"" + message.replace("\"", "\\\"") + "\"}");
    }

    /** Until an initial password is changed, only the password page (and logging out) is open. */
    static final class InitialPasswordFilter extends OncePerRequestFilter {

        private final UserService users;

        InitialPasswordFilter(UserService users) {
            this.users = users;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            String path = request.getRequestURI().substring(request.getContextPath().length());
            boolean exempt = path.equals("/password") || path.equals("/logout") || path.equals("/login") || path.startsWith("/assets/")
                    || path.startsWith("/webjars/") || path.startsWith("/actuator/") || path.startsWith("/v3/api-docs")
                    || path.startsWith("/swagger-ui") || path.equals("/error");
            if (!exempt && auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getPrincipal())
                    && users.mustChangePassword(auth.getName())) {
                if (API.matches(request)) {
                    json(response, 403, "请先修改初始密码（/password）");
                } else {
                    response.sendRedirect(request.getContextPath() + "/password");
                }
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
