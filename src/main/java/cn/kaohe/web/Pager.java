package cn.kaohe.web;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The pager under a long list (第 n / m 页，共 N 条): links to the first, previous, next and last pages and to
 * other page sizes, each keeping the filters and sort already in the query string.
 *
 * @param page the page shown, from 1
 * @param pages the number of pages, at least 1
 * @param total the number of rows matching the filter
 * @param size rows per page
 * @param first link to page 1, null when on it; likewise {@code previous}, {@code next}, {@code last}
 * @param sizes the page sizes offered, each with its link (page 1 at that size)
 * @param unit what a row is (条, 个开发区)
 * @param self this page's own link, to come back to after a form is posted
 */
record Pager(int page, int pages, long total, int size, String first, String previous, String next, String last, List<SizeLink> sizes,
        String unit, String self) {

    /** Page sizes offered; the first is the default. */
    static final List<Integer> SIZES = List.of(50, 100, 200, 500);

    /** A page size and the link that shows it. */
    record SizeLink(int size, String href, boolean current) {
    }

    /** The page request for a 1-based {@code page} and a {@code size} clamped to 1..1000 (the default size when null). */
    static Pageable request(Integer page, Integer size) {
        int s = size == null ? SIZES.get(0) : Math.max(1, Math.min(1000, size));
        return PageRequest.of(Math.max(0, (page == null ? 1 : page) - 1), s);
    }

    /** The pager for a page, with links built from the current request. {@code unit} names a row (条, 个开发区). */
    static Pager of(Page<?> p, String unit) {
        int page = p.getNumber() + 1;
        int pages = Math.max(1, p.getTotalPages());
        int size = p.getSize();
        return new Pager(page, pages, p.getTotalElements(), size,
                page > 1 ? link(1, size) : null, page > 1 ? link(page - 1, size) : null,
                page < pages ? link(page + 1, size) : null, page < pages ? link(pages, size) : null,
                SIZES.stream().map(s -> new SizeLink(s, link(1, s), s == size)).toList(), unit, link(page, size));
    }

    private static String link(int page, int size) {
        return ServletUriComponentsBuilder.fromCurrentRequest().scheme(null).host(null).port(-1)
                .replaceQueryParam("page", page).replaceQueryParam("size", size).build().toUriString();
    }
}
