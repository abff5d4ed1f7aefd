package cn.kaohe.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.kaohe.rectification.RectificationItem;
import cn.kaohe.rectification.RectificationQueries;
import cn.kaohe.rectification.RectificationService;

/** The rectification list and its workflow. */
@ConditionalOnWebApplication
@RestController
@RequestMapping("/api/rectifications")
@Tag(name = "整改清单", description = "整改事项、状态流转（待整改 → 整改中 → 已整改）、期限与逾期、完成率")
class RectificationsApi {

    /** A change to an item: any of status, deadline (yyyy-MM-dd) and note. */
    record Change(String status, String deadline, String note) {
    }

    private final RectificationService rectifications;
    private final RectificationQueries queries;

    RectificationsApi(RectificationService rectifications, RectificationQueries queries) {
        this.rectifications = rectifications;
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "整改事项，分页：{items, page, size, total, pages}；可按所属市、对象、状态（待整改/整改中/已整改/逾期）筛选。"
            + "page 从 1 起，size 默认 100、最大 1000；新考核期在前")
    Map<String, Object> list(@RequestParam(required = false) String city, @RequestParam(required = false) String subject,
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "100") int size) {
        return PagedItems.of(queries.list(city, subject, status, Pager.request(page, size)).map(RectificationsApi::describe));
    }

    @GetMapping("/{id}")
    @Operation(summary = "一条整改事项及其处理记录")
    Map<String, Object> get(@PathVariable long id) {
        RectificationItem item = rectifications.get(id);
        Map<String, Object> m = describe(item);
        m.put("history", item.getEvents().stream().map(e -> {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("at", e.getAt());
            h.put("by", e.getUsername());
            h.put("status", e.getStatus());
            h.put("note", e.getNote());
            return h;
        }).toList());
        return m;
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasRole('ASSESSOR')")
    @Operation(summary = "修改整改事项的状态、期限或备注")
    Map<String, Object> update(@PathVariable long id, @RequestBody Change change, Authentication auth) {
        LocalDate deadline = parseDate(change.deadline());
        return describe(rectifications.update(id, change.status(), deadline, change.note(), Users.name(auth)));
    }

    @GetMapping("/completion")
    @Operation(summary = "各对象、各城市的整改完成率")
    Map<String, List<RectificationQueries.Completion>> completion() {
        return queries.completion();
    }

    static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("整改期限“" + text + "”不是日期，应写作如 2023-09-30");
        }
    }

    static Map<String, Object> describe(RectificationItem i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.getId());
        m.put("period", i.getPeriod().getLabel());
        m.put("subject", i.getSubject());
        m.put("indicator", i.getIndicator());
        m.put("text", i.getText());
        m.put("status", i.getStatus());
        m.put("deadline", i.getDeadline());
        m.put("overdue", i.isOverdue());
        m.put("note", i.getNote());
        m.put("updatedBy", i.getUpdatedBy());
        m.put("updatedAt", i.getUpdatedAt());
        m.put("closedReason", i.getClosedReason());
        return m;
    }
}
