package cn.kaohe.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.kaohe.assessment.Evaluation;
import cn.kaohe.assessment.RunQueries;
import cn.kaohe.audit.AuditLog;
import cn.kaohe.export.RectificationRow;
import cn.kaohe.export.Workbooks;
import cn.kaohe.figures.FigureTemplates;
import cn.kaohe.figures.IndicatorCatalog;
import cn.kaohe.rectification.RectificationItem;
import cn.kaohe.rectification.RectificationQueries;
import cn.kaohe.zone.ZoneRegistry;

/** Workbooks to download: results, rectification list, bulletin, and the blank import templates. */
@ConditionalOnWebApplication
@RestController
@RequestMapping("/api")
@Tag(name = "导出", description = "考核结果、整改清单、通报的 Excel 工作簿，及各类开发区的数据填报模板")
class ExportsApi {

    private static final FigureTemplates TEMPLATES = new FigureTemplates();
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final RunQueries queries;
    /** Items read per query when exporting the rectification list: each page is its own short transaction. */
    private static final int EXPORT_PAGE = 2000;

    private final RectificationQueries rectifications;
    private final AuditLog audit;
    private final ZoneRegistry zones;
    private final IndicatorCatalog indicators;

    ExportsApi(RunQueries queries, RectificationQueries rectifications, AuditLog audit, ZoneRegistry zones, IndicatorCatalog indicators) {
        this.queries = queries;
        this.rectifications = rectifications;
        this.audit = audit;
        this.zones = zones;
        this.indicators = indicators;
    }

    @GetMapping("/periods/{id}/exports/results.xlsx")
    @PreAuthorize("hasRole('ASSESSOR')")
    @Operation(summary = "考核结果工作簿（结果、总分排名、预警、安全风险等级）")
    ResponseEntity<byte[]> results(@PathVariable long id, Authentication auth) {
        Evaluation e = evaluation(id);
        audit.record(Users.name(auth), AuditLog.EXPORT, "导出考核期 " + e.period().label() + " 的考核结果");
        return file(e.period().label() + "考核结果.xlsx", Workbooks.results(e));
    }

    @GetMapping("/periods/{id}/exports/bulletin.xlsx")
    @PreAuthorize("hasRole('ASSESSOR')")
    @Operation(summary = "通报工作簿")
    ResponseEntity<byte[]> bulletin(@PathVariable long id, Authentication auth) {
        Evaluation e = evaluation(id);
        audit.record(Users.name(auth), AuditLog.EXPORT, "导出考核期 " + e.period().label() + " 的通报");
        return file(e.period().label() + "通报.xlsx", Workbooks.bulletin(e));
    }

    @GetMapping("/rectifications/export.xlsx")
    @PreAuthorize("hasRole('ASSESSOR')")
    @Operation(summary = "整改清单工作簿；可按所属市、状态筛选")
    ResponseEntity<byte[]> rectifications(@RequestParam(required = false) String city, @RequestParam(required = false) String status,
            Authentication auth) {
        List<RectificationRow> rows = new ArrayList<>();
        Pageable page = PageRequest.of(0, EXPORT_PAGE);
        Page<RectificationItem> items;
        do {
            items = rectifications.list(city, null, status, page);
            items.forEach(i -> rows.add(new RectificationRow(i.getPeriod().getLabel(), i.getSubject(), i.getIndicator(), i.getText(), i.getStatus(),
                    i.getDeadline(), i.isOverdue(), i.getUpdatedBy(), i.getUpdatedAt(), i.getNote())));
            page = page.next();
        } while (items.hasNext());
        audit.record(Users.name(auth), AuditLog.EXPORT, "导出整改清单（" + rows.size() + "条）");
        return file("整改清单.xlsx", Workbooks.rectifications(rows, "整改清单"));
    }

    @GetMapping("/templates/{type}.xlsx")
    @Operation(summary = "某类开发区（工业类、农业示范区、化工园区）的宽表数据填报模板")
    ResponseEntity<byte[]> template(@PathVariable String type, @RequestParam(defaultValue = "") String period) {
        return file(FigureTemplates.fileName(type, period), TEMPLATES.workbook(type, period, zones, indicators));
    }

    private Evaluation evaluation(long id) {
        return queries.latestEvaluation(id).orElseThrow(() -> new IllegalArgumentException("该考核期还没有考核结果"));
    }

    static ResponseEntity<byte[]> file(String name, byte[] bytes) {
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"export.xlsx\"; filename*=UTF-8''" + encoded)
                .contentType(XLSX)
                .body(bytes);
    }
}
