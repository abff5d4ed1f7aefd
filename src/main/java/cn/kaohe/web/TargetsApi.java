package cn.kaohe.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.kaohe.export.TargetWorkbook;
import cn.kaohe.publish.Candidate;
import cn.kaohe.targets.TargetEntry;
import cn.kaohe.targets.TargetProblem;
import cn.kaohe.targets.TargetTable;
import cn.kaohe.targets.TargetWorkbookRows;

/** The 省定目标 tables as data: read them, download them as Excel, and propose edited rows for publication. */
@ConditionalOnWebApplication
@RestController
@RequestMapping("/api/rules/targets")
@Tag(name = "目标表", description = "省定目标表的行、Excel 下载；政策人员提交修改后的行或 Excel，检查通过即生成候选规则（发布见候选规则页）")
class TargetsApi {

    private final TargetEdits edits;

    TargetsApi(TargetEdits edits) {
        this.edits = edits;
    }

    @GetMapping
    @Operation(summary = "现行规则中的目标表及其各行（类别、年度、开发区类型、开发区、指标、目标值、单位、规则名称）")
    List<Map<String, Object>> tables() {
        return edits.tables().stream().map(this::table).toList();
    }

    @GetMapping("/xlsx")
    @Operation(summary = "一个目标表的 Excel 工作簿，改好后可上传")
    ResponseEntity<byte[]> xlsx(@RequestParam String path) {
        return ExportsApi.file(TargetWorkbook.fileName(path), edits.workbook(path));
    }

    @PostMapping
    @PreAuthorize("hasRole('POLICY')")
    @Operation(summary = "提交一个目标表的全部行（与 GET 返回的行同样的字段）；检查通过生成候选规则，否则 422 列出每行的问题")
    ResponseEntity<Map<String, Object>> submit(@RequestParam String path, @RequestBody List<Map<String, Object>> rows, Authentication auth) {
        List<TargetEntry> entries = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            entries.add(new TargetEntry(entries.size() + 1, text(r, "kind"), text(r, "year"), text(r, "zoneType"), text(r, "zone"),
                    text(r, "indicator"), text(r, "value")));
        }
        return outcome(path, edits.submit(path, entries, Users.name(auth)), "");
    }

    @PostMapping("/upload")
    @PreAuthorize("hasRole('POLICY')")
    @Operation(summary = "上传修改后的目标表 Excel；检查通过生成候选规则，否则 422 列出工作表中每个问题的行和列")
    ResponseEntity<Map<String, Object>> upload(@RequestParam String path, @RequestParam("file") MultipartFile file, Authentication auth)
            throws IOException {
        return outcome(path, edits.upload(path, file.getBytes(), Users.name(auth)), TargetWorkbookRows.SHEET);
    }

    private Map<String, Object> table(TargetTable t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", t.path());
        m.put("year", t.year().isPresent() ? t.year().getAsInt() : null);
        m.put("kinds", t.kinds().stream().map(k -> k.label()).toList());
        m.put("rows", edits.entries(t).stream().map(e -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kind", e.kind());
            row.put("year", Integer.parseInt(e.year()));
            row.put("zoneType", e.zoneType());
            row.put("zone", e.zone());
            row.put("indicator", e.indicator());
            row.put("value", new java.math.BigDecimal(e.value()));
            row.put("unit", edits.unit(e.indicator()));
            row.put("rule", edits.ruleName(t.rows().get(e.row() - 1)));
            return row;
        }).toList());
        return m;
    }

    private static ResponseEntity<Map<String, Object>> outcome(String path, TargetEdits.Outcome outcome, String sheet) {
        if (!outcome.accepted()) {
            Map<String, Object> body = ApiErrors.body("目标表 " + path + " 有" + outcome.problems().size() + "处问题，没有接受任何改动");
            body.put("problems", outcome.problems().stream().map(p -> problem(p, sheet)).toList());
            return ResponseEntity.unprocessableContent().body(body);
        }
        Candidate c = outcome.candidate();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("candidate", c.id());
        body.put("source", c.source());
        body.put("passed", c.report().passed());
        body.put("summary", c.report().summary());
        body.put("problems", c.report().problems());
        body.put("url", "/rules/candidates/" + c.id());
        return ResponseEntity.ok(body);
    }

    private static Map<String, Object> problem(TargetProblem p, String sheet) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("row", p.row());
        m.put("column", p.column());
        m.put("reason", p.message());
        m.put("text", p.describe(sheet));
        return m;
    }

    private static String text(Map<String, Object> row, String field) {
        Object v = row.get(field);
        return v == null ? "" : v instanceof java.math.BigDecimal d ? d.toPlainString() : v.toString();
    }
}
