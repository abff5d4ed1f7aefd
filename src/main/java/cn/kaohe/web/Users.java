package cn.kaohe.web;

import org.springframework.security.core.Authentication;

/** The name recorded for who did something. */
final class Users {

    private Users() {
    }

    static String name(Authentication auth) {
        return auth == null ? "匿名" : auth.getName();
    }
}
