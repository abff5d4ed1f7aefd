package cn.kaohe.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.kaohe.impact.Impact;
import cn.kaohe.impact.RulesetComparison;
import cn.kaohe.publish.Candidate;
import cn.kaohe.publish.Candidates;
import cn.kaohe.publish.CandidateImpacts;
import cn.kaohe.publish.Publisher;
import cn.kaohe.publish.RulesetPublication;
import cn.kaohe.publish.RulesetPublications;
import cn.kaohe.rulebook.CheckProgress;
import cn.kaohe.rules.LiveRuleset;
import cn.kaohe.rules.RulesetArchive;
import cn.kaohe.rules.RulesetLoader;

/** Rule publishing for scripts: the same actions as the 规则发布 page. */
@ConditionalOnWebApplication
@RestController
@RequestMapping("/api/rules")
@Tag(name = "规则发布", description = "检查、影响预览、发布、回滚与版本比较（发布、回滚仅政策人员）")
class RulesApi {

    private final LiveRuleset live;
    private final Publisher publisher;
    private final Candidates candidates;
    private final CandidateImpacts impacts;
    private final RulesetPublications publications;
    private final RulesetArchive archive;
    private final RuleJobs jobs;

    RulesApi(LiveRuleset live, Publisher publisher, Candidates candidates, CandidateImpacts impacts, RulesetPublications publications,
            RulesetArchive archive, RuleJobs jobs) {
        this.jobs = jobs;
        this.live = live;
        this.publisher = publisher;
        this.candidates = candidates;
        this.impacts = impacts;
        this.publications = publications;
        this.archive = archive;
    }

    @GetMapping
    @Operation(summary = "在用规则版本、最近一次未通过检查的候选、待处理的候选和发布记录")
    Map<String, Object> status() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", live.current().version());
        body.put("hash", live.current().hash());
        body.put("files", live.current().files().size());
        body.put("rules", live.current().ruleFiles().size());
        body.put("refused", publisher.refusal().map(r -> candidate(r.candidate())).orElse(null));
        body.put("candidates", candidates.all().stream().map(RulesApi::candidate).toList());
        body.put("publications", publications.findAllByOrderByIdDesc().stream().map(RulesApi::publication).toList());
        return body;
    }

    @PostMapping("/reload")
    @PreAuthorize("hasRole('POLICY')")
    @Operation(summary = "重新加载：检查规则目录，通过则发布；未通过时在用规则继续使用，返回原因")
    Map<String, Object> reload(Authentication auth) {
        return outcome(publisher.reload(Users.name(auth)));
    }

    @PostMapping("/check")
    @PreAuthorize("hasRole('POLICY')")
    @Operation(summary = "检查规则目录但不发布：返回候选编号，可查看影响后再发布")
    Map<String, Object> check(Authentication auth) {
        return candidate(candidates.propose(publisher.directorySource(), RulesetLoader.read(live.dir()), Users.name(auth)));
    }

    @GetMapping("/jobs/{job}")
    @Operation(summary = "网页上发起的检查任务的进度；完成后 next 为应打开的页面")
    Map<String, Object> job(@PathVariable String job) {
        return jobs.get(job).json();
    }

    @GetMapping("/candidates/{id}")
    @Operation(summary = "候选规则及其检查结果")
    Map<String, Object> candidate(@PathVariable long id) {
        return candidate(find(id));
    }

    @GetMapping("/candidates/{id}/impact")
    @Operation(summary = "影响预览：用候选规则考核所选考核期（不填则全部已考核的考核期），与已存结果比较；同一候选、同样的考核期（其间未重新考核）只计算一次")
    Map<String, Object> impact(@PathVariable long id, @RequestParam(required = false) List<Long> period) {
        Impact impact = impacts.analyse(impacts.request(find(id), period), CheckProgress.NONE);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("summary", impact.summary());
        body.put("totals", impact.totals());
        body.put("periods", impact.periods().stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("summary", p.summary());
            m.put("impact", p);
            return m;
        }).toList());
        return body;
    }

    @PostMapping("/candidates/{id}/publish")
    @PreAuthorize("hasRole('POLICY')")
    @Operation(summary = "发布已通过检查的候选规则")
    Map<String, Object> publish(@PathVariable long id, Authentication auth) {
        return outcome(publisher.publish(id, Users.name(auth)));
    }

    @PostMapping("/rollback")
    @PreAuthorize("hasRole('POLICY')")
    @Operation(summary = "回滚到已存的规则版本（版本号可写前12位）")
    Map<String, Object> rollback(@RequestParam String version, Authentication auth) {
        return outcome(publisher.rollback(version, Users.name(auth)));
    }

    @GetMapping("/versions/{version}")
    @Operation(summary = "已存规则版本的全部文件")
    Map<String, Object> version(@PathVariable String version) {
        String hash = archive.require(version);
        return Map.of("hash", hash, "files", archive.files(hash).orElseThrow());
    }

    @GetMapping("/compare")
    @Operation(summary = "逐个文件比较两个规则版本（to 不填为在用规则）")
    Map<String, Object> compare(@RequestParam String from, @RequestParam(required = false) String to) {
        RulesetComparison c = archive.compare(from, to, live.current().hash());
        return Map.of("from", archive.require(from), "to", to == null || to.isBlank() ? live.current().hash() : archive.require(to),
                "summary", c.summary(), "files", c.changed());
    }

    private Candidate find(long id) {
        return candidates.find(id).orElseThrow(() -> new IllegalArgumentException("候选规则（编号" + id + "）不存在：可能已经发布、放弃，或服务重启后已清除"));
    }

    private static Map<String, Object> candidate(Candidate c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("source", c.source());
        m.put("version", c.hash() == null ? null : c.version());
        m.put("publishable", c.publishable());
        m.put("summary", c.report().summary());
        m.put("problems", c.report().problems());
        m.put("scenarios", c.report().scenarios());
        m.put("proposedBy", c.proposedBy());
        m.put("proposedAt", c.proposedAt());
        return m;
    }

    private static Map<String, Object> publication(RulesetPublication p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", p.getVersion());
        m.put("hash", p.getRulesetHash());
        m.put("action", p.getAction());
        m.put("source", p.getSource());
        m.put("by", p.getPublishedBy());
        m.put("at", p.getPublishedAt());
        m.put("previous", p.getPreviousHash());
        m.put("check", p.getCheckSummary());
        return m;
    }

    private static Map<String, Object> outcome(Publisher.Outcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("published", o.published());
        m.put("message", o.message());
        m.put("version", o.publication() == null ? null : o.publication().getVersion());
        m.put("candidate", o.candidate() == null ? null : candidate(o.candidate()));
        return m;
    }
}
