package cn.kaohe.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.domain.Page;

/** The shape of a paged API answer: {@code {items, page, size, total, pages}}, {@code page} counted from 1. */
final class PagedItems {

    private PagedItems() {
    }

    static Map<String, Object> of(Page<?> page) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("items", page.getContent());
        m.put("page", page.getNumber() + 1);
        m.put("size", page.getSize());
        m.put("total", page.getTotalElements());
        m.put("pages", Math.max(1, page.getTotalPages()));
        return m;
    }
}
