package cn.kaohe.publish;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import cn.kaohe.KaoheProperties;
import cn.kaohe.audit.AuditLog;
import cn.kaohe.rulebook.CheckProgress;
import cn.kaohe.rules.LiveRuleset;
import cn.kaohe.rules.Ruleset;
import cn.kaohe.rules.RulesetArchive;
import cn.kaohe.rules.RulesetException;
import cn.kaohe.rules.RulesetLoader;

/**
 * Puts rulesets live without a restart. A candidate goes live only when it compiled and its check
 * passed; the swap is one step (evaluations already running finish on the ruleset they started
 * with); the publication is stored (hash, files, time, who) and audited; the rules directory is made
 * to hold the live files. A refused candidate leaves the live ruleset serving and is kept to show why.
 * One publication at a time on this instance; other instances follow the newest publication in the
 * database ({@link #followDatabase}).
 */
@Service
public class Publisher {

    private static final Logger LOG = LoggerFactory.getLogger(Publisher.class);

    /** What a publication attempt did, in words for the page and the API. */
    public record Outcome(boolean published, String message, Candidate candidate, RulesetPublication publication) {
    }

    /** The latest candidate that was refused, until a later one is published. */
    public record Refusal(String source, String by, OffsetDateTime at, Candidate candidate) {
    }

    private final LiveRuleset live;
    private final Candidates candidates;
    private final RulesetArchive archive;
    private final RulesetPublications publications;
    private final AuditLog audit;
    private final KaoheProperties properties;
    private volatile Refusal refusal;

    Publisher(LiveRuleset live, Candidates candidates, RulesetArchive archive, RulesetPublications publications, AuditLog audit,
            KaoheProperties properties) {
        this.live = live;
        this.candidates = candidates;
        this.archive = archive;
        this.publications = publications;
        this.audit = audit;
        this.properties = properties;
    }

    public Optional<Refusal> refusal() {
        return Optional.ofNullable(refusal);
    }

    /** The source named for the rules directory in candidates and publications. */
    public String directorySource() {
        return "规则目录 " + properties.rulesDir();
    }

    /** 重新加载: checks the rules directory as it is now and publishes it if it passes. */
    public Outcome reload(String user) {
        return reload(user, CheckProgress.NONE);
    }

    public Outcome reload(String user, CheckProgress progress) {
        List<Ruleset.RuleFile> files;
        try {
            files = RulesetLoader.read(properties.rulesDir());
        } catch (RulesetException e) {
            return new Outcome(false, e.getMessage(), null, null);
        }
        if (RulesetLoader.hash(files).equals(live.current().hash())) {
            refusal = null;
            return new Outcome(false, "规则目录与在用规则（版本 " + live.current().version() + "）相同，无需发布", null, null);
        }
        Candidate candidate = candidates.propose(directorySource(), files, user, progress);
        if (!candidate.publishable()) {
            refuse(candidate, user);
            return new Outcome(false, "规则目录未通过检查，在用规则（版本 " + live.current().version() + "）继续使用："
                    + candidate.report().summary(), candidate, null);
        }
        return publish(candidate.id(), user);
    }

    /** Publishes a candidate that passed its check. */
    public synchronized Outcome publish(long candidateId, String user) {
        Candidate candidate = candidates.find(candidateId)
                .orElseThrow(() -> new IllegalArgumentException("候选规则（编号" + candidateId + "）不存在或已经处理过"));
        if (!candidate.publishable()) {
            refuse(candidate, user);
            throw new IllegalStateException("候选规则未通过检查，不能发布：" + candidate.report().summary());
        }
        Ruleset current = live.current();
        if (candidate.hash().equals(current.hash())) {
            candidates.drop(candidateId);
            return new Outcome(false, "候选规则与在用规则（版本 " + current.version() + "）相同，无需发布", candidate, null);
        }
        if (!candidate.basis().equals(current.hash())) {
            // Publishing it would silently undo what was published since it was made (a target table edited on an older version).
            throw new IllegalStateException("候选规则是在规则版本 " + candidate.basis().substring(0, 12) + " 上提出的，此后在用规则已改为版本 "
                    + current.version() + "。为免覆盖其间发布的修改，请在现行规则上重新修改或重新检查后再发布。");
        }
        candidate = candidates.take(candidateId)
                .orElseThrow(() -> new IllegalArgumentException("候选规则（编号" + candidateId + "）已经处理过"));
        Ruleset next = candidate.ruleset();
        RulesetPublication publication;
        try {
            archive.keep(current);
            archive.keep(next);
            publication = publications.save(new RulesetPublication(next.hash(), current.hash(), RulesetPublication.PUBLISHED,
                    candidate.source(), user, candidate.report().summary()));
            RulesDirectory.write(properties.rulesDir(), next.files());
        } catch (RuntimeException e) {
            next.close();
            throw e;
        }
        live.swap(next);
        refusal = null;
        audit.record(user, AuditLog.RULES_PUBLISH, "规则版本 " + next.version() + " 取代 " + current.version() + "（来自" + candidate.source()
                + "）；" + candidate.report().summary());
        LOG.info("规则版本 {} 已发布（{}，{}）", next.version(), candidate.source(), user);
        return new Outcome(true, "已发布规则版本 " + next.version() + "，取代 " + current.version(), candidate, publication);
    }

    /** Restores a stored version in one step: it goes live and the rules directory holds its files again. */
    public synchronized Outcome rollback(String version, String user) {
        String hash = archive.require(version);
        Ruleset current = live.current();
        if (hash.equals(current.hash())) {
            return new Outcome(false, "规则版本 " + current.version() + " 正在使用，无需回滚", null, null);
        }
        Ruleset restored = archive.build(hash).orElseThrow();
        RulesetPublication publication;
        try {
            publication = publications.save(new RulesetPublication(hash, current.hash(), RulesetPublication.ROLLED_BACK,
                    "规则版本 " + restored.version(), user, null));
            RulesDirectory.write(properties.rulesDir(), restored.files());
        } catch (RuntimeException e) {
            restored.close();
            throw e;
        }
        live.swap(restored);
        refusal = null;
        audit.record(user, AuditLog.RULES_ROLLBACK, "回滚到规则版本 " + restored.version() + "，取代 " + current.version());
        LOG.info("规则已回滚到版本 {}（{}）", restored.version(), user);
        return new Outcome(true, "已回滚到规则版本 " + restored.version() + "，取代 " + current.version(), null, publication);
    }

    /**
     * Serves what the database says is published, when another instance published since (or this one
     * started from a different directory). Returns true when the live ruleset changed.
     */
    public synchronized boolean followDatabase() {
        Optional<RulesetPublication> latest = publications.findFirstByOrderByIdDesc();
        if (latest.isEmpty() || latest.get().getRulesetHash().equals(live.current().hash())) {
            return false;
        }
        Ruleset published = archive.build(latest.get().getRulesetHash()).orElseThrow();
        String replaced = live.swap(published);
        LOG.info("按数据库中的发布记录改用规则版本 {}（原 {}）", published.version(), replaced.substring(0, 12));
        return true;
    }

    /**
     * At start-up: the first start on an empty database publishes the rules directory as it is;
     * later starts publish the directory if it changed and passes, else serve the published version.
     */
    public void reconcileAtStart() {
        Ruleset disk = live.current();
        Optional<RulesetPublication> latest = publications.findFirstByOrderByIdDesc();
        if (latest.isEmpty()) {
            archive.keep(disk);
            publications.save(new RulesetPublication(disk.hash(), null, RulesetPublication.FIRST_START, directorySource(), "系统", null));
            audit.record("系统", AuditLog.RULES_PUBLISH, "首次启动，采用规则目录中的规则，版本 " + disk.version());
            return;
        }
        if (latest.get().getRulesetHash().equals(disk.hash())) {
            return;
        }
        Ruleset published = archive.build(latest.get().getRulesetHash()).orElseThrow();
        live.swap(published);
        Outcome outcome = reload("系统（启动时）");
        LOG.info("启动时检查规则目录：{}", outcome.message());
    }

    private void refuse(Candidate candidate, String user) {
        refusal = new Refusal(candidate.source(), user, OffsetDateTime.now(), candidate);
        audit.record(user, AuditLog.RULES_REFUSED, candidate.source() + " 未发布：" + candidate.report().summary()
                + (candidate.report().problems().isEmpty() ? "" : "；" + candidate.report().problems().get(0)));
    }
}
