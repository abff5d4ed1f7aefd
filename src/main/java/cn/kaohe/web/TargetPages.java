package cn.kaohe.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import cn.kaohe.export.TargetWorkbook;
import cn.kaohe.figures.IndicatorCatalog;
import cn.kaohe.figures.Indicator;
import cn.kaohe.figures.NumberText;
import cn.kaohe.targets.TargetEntry;
import cn.kaohe.targets.TargetKind;
import cn.kaohe.targets.TargetProblem;
import cn.kaohe.targets.TargetRow;
import cn.kaohe.targets.TargetTable;
import cn.kaohe.targets.TargetTables;
import cn.kaohe.targets.TargetWorkbookRows;
import cn.kaohe.zone.Zone;
import cn.kaohe.zone.ZoneRegistry;

/**
 * The 省定目标 tables: everyone may read and download them; policy staff edit one in a web table or
 * upload it edited in Excel. Rows that pass the checks become a candidate ruleset, shown on its
 * publication page; rows that do not are shown again with each problem beside its row.
 */
@ConditionalOnWebApplication
@Controller
class TargetPages {

    /** A row as a page shows it: the cells, the unit and rule name they give, and the problems found in it. */
    record Line(TargetEntry entry, String unit, String rule, List<String> problems) {
    }

    /** A table as the list shows it. */
    record Table(TargetTable table, List<Line> lines) {
    }

    private static final String[] FIELDS = {"kind", "year", "zoneType", "zone", "indicator", "value"};

    private final TargetEdits edits;
    private final ZoneRegistry zones;
    private final IndicatorCatalog indicators;

    private final RuleJobs jobs;
    private final cn.kaohe.publish.Candidates candidates;

    TargetPages(TargetEdits edits, ZoneRegistry zones, IndicatorCatalog indicators, RuleJobs jobs, cn.kaohe.publish.Candidates candidates) {
        this.jobs = jobs;
        this.candidates = candidates;
        this.edits = edits;
        this.zones = zones;
        this.indicators = indicators;
    }

    @GetMapping("/rules/targets")
    String list(Model model) {
        model.addAttribute("tables", edits.tables().stream().map(t -> new Table(t, lines(edits.entries(t), Map.of()))).toList());
        return "targets";
    }

    @GetMapping("/rules/targets/xlsx")
    ResponseEntity<byte[]> download(@RequestParam String path) {
        return ExportsApi.file(TargetWorkbook.fileName(path), edits.workbook(path));
    }

    @GetMapping("/rules/targets/edit")
    @PreAuthorize("hasRole('POLICY')")
    String edit(@RequestParam String path, Model model) {
        TargetTable table = edits.table(path);
        return form(model, table, edits.entries(table), List.of());
    }

    @PostMapping("/rules/targets/edit")
    @PreAuthorize("hasRole('POLICY')")
    String save(@RequestParam String path, @RequestParam(required = false) String add, HttpServletRequest request, Authentication auth,
            Model model) {
        TargetTable table = edits.table(path);
        List<TargetEntry> entries = entries(request);
        if (add != null) {
            entries.add(new TargetEntry(entries.size() + 1, "", "", "", "", "", ""));
            return form(model, table, entries, List.of());
        }
        TargetEdits.Prepared prepared = edits.prepare(path, entries);
        if (prepared.accepted()) {
            return "redirect:/rules/jobs/" + check(prepared, Users.name(auth));
        }
        return form(model, table, entries, prepared.problems());
    }

    @PostMapping("/rules/targets/upload")
    @PreAuthorize("hasRole('POLICY')")
    String upload(@RequestParam String path, @RequestParam("file") MultipartFile file, Authentication auth, Model model) throws IOException {
        edits.table(path);
        if (file.isEmpty()) {
            model.addAttribute("error", "请选择要上传的目标表工作簿（.xlsx）");
        } else {
            TargetEdits.Prepared prepared = edits.prepareUpload(path, file.getBytes());
            if (prepared.accepted()) {
                return "redirect:/rules/jobs/" + check(prepared, Users.name(auth));
            }
            model.addAttribute("uploadPath", path);
            model.addAttribute("uploadName", file.getOriginalFilename() == null ? "" : file.getOriginalFilename());
            model.addAttribute("uploadProblems", prepared.problems().stream().map(p -> p.describe(TargetWorkbookRows.SHEET)).toList());
        }
        return list(model);
    }

    /** Proposes the edited table in the background; the progress page then opens the candidate. */
    private String check(TargetEdits.Prepared prepared, String user) {
        return jobs.start("检查" + prepared.source(), progress -> {
            var candidate = candidates.propose(prepared.source(), prepared.files(), user, progress);
            return new RuleJobs.Done("/rules/candidates/" + candidate.id(), candidate.report().summary());
        }).getId();
    }

    /** The rows of a posted form: one value per row for each field, in the order the rows were shown. */
    static List<TargetEntry> entries(HttpServletRequest request) {
        Map<String, String[]> params = request.getParameterMap();
        int rows = 0;
        for (String field : FIELDS) {
            rows = Math.max(rows, params.getOrDefault(field, new String[0]).length);
        }
        List<TargetEntry> entries = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            String[] v = new String[FIELDS.length];
            for (int f = 0; f < FIELDS.length; f++) {
                String[] values = params.getOrDefault(FIELDS[f], new String[0]);
                v[f] = i < values.length ? values[i] : "";
            }
            entries.add(new TargetEntry(i + 1, v[0], v[1], v[2], v[3], v[4], v[5]));
        }
        return entries;
    }

    private String form(Model model, TargetTable table, List<TargetEntry> entries, List<TargetProblem> problems) {
        Map<Integer, List<String>> byRow = new TreeMap<>();
        problems.forEach(p -> byRow.computeIfAbsent(p.row(), r -> new ArrayList<>())
                .add(p.column().isEmpty() ? p.message() : "“" + p.column() + "”：" + p.message()));
        model.addAttribute("table", table);
        model.addAttribute("lines", lines(entries, byRow));
        model.addAttribute("allProblems", problems.stream().map(p -> p.describe("")).toList());
        model.addAttribute("problemCount", problems.size());
        model.addAttribute("kinds", table.kinds().stream().map(TargetKind::label).toList());
        model.addAttribute("zoneTypes", TargetTables.zoneTypes(table.path()));
        model.addAttribute("zones", zones.zones().stream().filter(z -> TargetTables.zoneTypes(table.path()).contains(z.type()))
                .map(Zone::name).toList());
        model.addAttribute("indicators", indicators.indicators().stream().map(Indicator::name).toList());
        return "target-edit";
    }

    private List<Line> lines(List<TargetEntry> entries, Map<Integer, List<String>> problems) {
        return entries.stream().map(e -> new Line(e, edits.unit(e.indicator()), rule(e), problems.getOrDefault(e.row(), List.of()))).toList();
    }

    /** The rule name a row would get, or empty while its cells do not make one. */
    private String rule(TargetEntry e) {
        try {
            TargetKind kind = TargetKind.of(e.kind()).orElseThrow();
            TargetRow row = new TargetRow(kind, Integer.parseInt(e.year()), e.zoneType(), e.zone(), e.indicator(), NumberText.parse(e.value()));
            return e.indicator().isEmpty() || row.scope().isEmpty() || row.scope().equals("开发区") ? "" : edits.ruleName(row);
        } catch (RuntimeException ex) {
            return "";
        }
    }
}
