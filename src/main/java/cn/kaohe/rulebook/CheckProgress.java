package cn.kaohe.rulebook;

/** Where long rule work has got to, for a progress indication: 编译规则, 已运行 35/170 个场景，正在运行“达标判定”; percent 0 to 100. */
@FunctionalInterface
public interface CheckProgress {

    void at(String stage, int percent);

    CheckProgress NONE = (stage, percent) -> {
    };
}
