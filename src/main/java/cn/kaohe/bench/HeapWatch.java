package cn.kaohe.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The heap over a span of work, two ways. {@link #peakInUse()} is the sum of the heap pools' peak usage: an upper bound
 * that counts garbage not yet collected, so it grows with the heap the JVM is given. {@link #peakAfterGc()} is the
 * largest heap in use right after a collection (what was still reachable, or not yet promoted), the better guide to the
 * heap the work needs; when no collection happened it is the heap in use at the end.
 */
final class HeapWatch implements AutoCloseable {

    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private final Set<String> heapPools = pools.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final AtomicLong afterGc = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private final NotificationListener listener = this::collected;
    private long inUse;
    private long atEnd;

    /** Starts watching after a full collection, with the pools' peaks reset. */
    HeapWatch() {
        System.gc();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
            }
        }
    }

    private void collected(Notification n, Object handback) {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
            long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                    .filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
            afterGc.accumulateAndGet(used, Math::max);
            collections.incrementAndGet();
        }
    }

    /** Stops watching; the figures are read afterwards. */
    @Override
    public void close() {
        inUse = pools.stream().map(MemoryPoolMXBean::getPeakUsage).mapToLong(MemoryUsage::getUsed).sum();
        atEnd = pools.stream().map(MemoryPoolMXBean::getUsage).mapToLong(MemoryUsage::getUsed).sum();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (ListenerNotFoundException ignored) {
                    // never added to this collector
                }
            }
        }
    }

    /** Bytes: the sum of the heap pools' peaks (garbage included). */
    long peakInUse() {
        return inUse;
    }

    /** Bytes: the largest heap in use after a collection during the span, else in use at its end. */
    long peakAfterGc() {
        return collections.get() > 0 ? afterGc.get() : atEnd;
    }

    /** How many collections ran during the span. */
    long collections() {
        return collections.get();
    }
}
