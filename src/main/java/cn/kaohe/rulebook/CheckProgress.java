package cn.kaohe.rulebook;

/** Where a check has got to, for a progress indication: 编译规则, 运行场景 35/170. */
@FunctionalInterface
public interface CheckProgress {

    void at(String stage, int percent);

    CheckProgress NONE = (stage, percent) -> {
    };
}
