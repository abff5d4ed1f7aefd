package cn.kaohe.rules;

import java.util.List;
import java.util.Map;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;

/**
 * A compiled rules directory. Its {@link #hash()} is the version recorded with every evaluation:
 * the SHA-256 of the files' paths and contents, so the same files always give the same version.
 */
public final class Ruleset implements AutoCloseable {

    /** One file of the directory as it was read. */
    public record RuleFile(String path, String content) {
    }

    private final String hash;
    private final List<RuleFile> files;
    private final Map<String, String> ruleFiles;
    private final ReleaseId releaseId;
    private final KieContainer container;
    private final KieBase kieBase;

    Ruleset(String hash, List<RuleFile> files, Map<String, String> ruleFiles, ReleaseId releaseId, KieContainer container) {
        this.hash = hash;
        this.files = List.copyOf(files);
        this.ruleFiles = Map.copyOf(ruleFiles);
        this.releaseId = releaseId;
        this.container = container;
        this.kieBase = container.getKieBase();
    }

    public String hash() {
        return hash;
    }

    /** The short form shown to people: the first 12 hex digits. */
    public String version() {
        return hash.substring(0, 12);
    }

    public List<RuleFile> files() {
        return files;
    }

    /** Every rule's name, with the file it is written in. */
    public Map<String, String> ruleFiles() {
        return ruleFiles;
    }

    /** The Drools module built for this ruleset (released by {@link #close()}). */
    ReleaseId releaseId() {
        return releaseId;
    }

    KieSession newSession() {
        return kieBase.newKieSession();
    }

    /** Frees the compiled rules; Drools keeps every built module until it is removed. */
    @Override
    public void close() {
        container.dispose();
        KieServices.get().getRepository().removeKieModule(releaseId);
    }
}
