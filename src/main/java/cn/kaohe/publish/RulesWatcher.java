package cn.kaohe.publish;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.kaohe.KaoheProperties;
import cn.kaohe.rules.RulesetLoader;

/**
 * Watches the rules directory and the features: when files change (and then stay quiet for a moment,
 * so that an editor saving several files is seen as one change), the rules directory is checked and
 * published if it passes, exactly as 重新加载 does. A directory that was refused is not checked again
 * until it or the features change (a fixed scenario lets the same rules pass). Off with
 * {@code kaohe.watch-rules=false}.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "kaohe.watch-rules", havingValue = "true", matchIfMissing = true)
class RulesWatcher implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(RulesWatcher.class);
    static final String WATCHER = "文件监视";

    private final Publisher publisher;
    private final Path dir;
    private final Path features;
    private final long quietMillis;
    private volatile WatchService watch;
    private volatile Thread thread;
    private volatile String lastTried;

    RulesWatcher(Publisher publisher, KaoheProperties properties, @Value("${kaohe.watch-quiet-millis:1500}") long quietMillis) {
        this.publisher = publisher;
        this.dir = properties.rulesDir();
        this.features = properties.featuresDir();
        this.quietMillis = quietMillis;
    }

    /** Starts watching only once start-up has settled which ruleset is live. */
    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        if (thread != null || !Files.isDirectory(dir)) {
            return;
        }
        try {
            watch = FileSystems.getDefault().newWatchService();
            register(dir);
            if (Files.isDirectory(features)) {
                register(features);
            }
        } catch (IOException e) {
            LOG.warn("无法监视规则目录 {}：{}；修改规则后请在网页上点“重新加载”", dir, e.getMessage());
            return;
        }
        thread = new Thread(this::loop, "kaohe-rules-watcher");
        thread.setDaemon(true);
        thread.start();
        LOG.info("正在监视规则目录 {}：文件修改后自动检查，通过即发布", dir.toAbsolutePath());
    }

    private void register(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                d.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void loop() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = watch.take();
                boolean scenarios = drain(key);
                // Wait for the editing to finish: keep draining until nothing has changed for a while.
                WatchKey more;
                while ((more = watch.poll(quietMillis, TimeUnit.MILLISECONDS)) != null) {
                    scenarios |= drain(more);
                }
                register(dir);
                if (Files.isDirectory(features)) {
                    register(features);
                }
                changed(scenarios);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            LOG.warn("监视规则目录时出错，已停止监视：{}；修改规则后请在网页上点“重新加载”", e.getMessage());
        }
    }

    /** @return whether the change was in the features */
    private boolean drain(WatchKey key) {
        key.pollEvents();
        key.reset();
        return key.watchable() instanceof Path p && p.toAbsolutePath().normalize().startsWith(features.toAbsolutePath().normalize());
    }

    private void changed(boolean scenarios) {
        try {
            List<cn.kaohe.rules.Ruleset.RuleFile> files = RulesetLoader.read(dir);
            String hash = RulesetLoader.hash(files);
            if (hash.equals(lastTried) && !scenarios) {
                return;
            }
            lastTried = hash;
            Publisher.Outcome outcome = publisher.reload(WATCHER);
            LOG.info("规则目录有修改：{}", outcome.message());
        } catch (RuntimeException e) {
            LOG.warn("规则目录有修改，但检查未完成：{}", e.getMessage());
        }
    }

    @Override
    public void start() {
    }

    @Override
    public void stop() {
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
        try {
            if (watch != null) {
                watch.close();
            }
        } catch (IOException e) {
            LOG.debug("关闭规则目录监视：{}", e.getMessage());
        }
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}
