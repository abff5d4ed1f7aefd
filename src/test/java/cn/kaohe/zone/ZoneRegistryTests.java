package cn.kaohe.zone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("开发区名录")
class ZoneRegistryTests {

    private static ZoneRegistry registry;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadRealRegistry() {
        registry = ZoneRegistry.load(Path.of("data/zones.csv"));
    }

    @Test
    @DisplayName("襄垣经济技术开发区是襄垣经开区的别名，属长治市")
    void aliasResolvesToCanonicalZone() {
        Zone zone = registry.find("襄垣经济技术开发区").orElseThrow();

        assertThat(zone.name()).isEqualTo("襄垣经开区");
        assertThat(zone.city()).isEqualTo("长治市");
        assertThat(zone.type()).isEqualTo("工业类");
    }

    @Test
    @DisplayName("襄垣县化工园区类型为化工园区，所属开发区为襄垣经开区")
    void chemicalParkBelongsToItsZone() {
        Zone park = registry.find("襄垣县化工园区").orElseThrow();

        assertThat(park.name()).isEqualTo("襄垣县化工园区");
        assertThat(park.type()).isEqualTo("化工园区");
        assertThat(park.parent()).isEqualTo("襄垣经开区");
        assertThat(registry.find("襄垣化工园区")).contains(park);
        assertThat(registry.find("襄垣经开区").orElseThrow().parent()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"河津开发区", "运城开发区", "盐湖高新区", "新绛开发区", "垣曲开发区", "永济开发区", "稷山开发区",
            "绛县开发区", "闻喜开发区", "襄垣经开区", "朔州经济开发区", "大同经济技术开发区", "高平开发区", "万荣农业示范区",
            "临猗农业示范区", "襄垣县化工园区", "运城市", "全省开发区"})
    @DisplayName("种子材料中的每个对象都在名录里，且以本名登记")
    void everySeedSubjectIsRegistered(String name) {
        assertThat(registry.find(name)).map(Zone::name).contains(name);
        assertThat(registry.zones()).extracting(Zone::name).contains(name);
    }

    @Test
    @DisplayName("全市、全省对象的类型与所属市")
    void cityAndProvinceSubjects() {
        Zone city = registry.find("运城市").orElseThrow();
        Zone province = registry.find("全省开发区").orElseThrow();

        assertThat(city.type()).isEqualTo("全市");
        assertThat(city.city()).isEqualTo("运城市");
        assertThat(province.type()).isEqualTo("全省");
        assertThat(province.city()).isEmpty();
    }

    @Test
    @DisplayName("查找忽略全角、空格与引号")
    void findIgnoresTypingNoise() {
        assertThat(registry.find(" “河津经开区” ")).map(Zone::name).contains("河津开发区");
    }

    @Test
    @DisplayName("不在名录中的对象找不到，但给出相近名称")
    void unknownSubject() {
        assertThat(registry.find("河津开发")).isEmpty();
        assertThat(registry.suggest("河津开发")).contains("河津开发区");
        assertThat(registry.suggest("襄垣经开")).contains("襄垣经开区");
        assertThat(registry.suggest("北京市朝阳区")).isEmpty();
    }

    @Test
    @DisplayName("GBK编码的名录同样可读")
    void loadsGbkRegistry() throws IOException {
        Path file = write("名称,类型,所属市,别名,所属开发区\n河津开发区,工业类,运城市,河津经济技术开发区;河津经开区,\n",
                Charset.forName("GBK"));

        ZoneRegistry gbk = ZoneRegistry.load(file);

        assertThat(gbk.find("河津经开区")).map(Zone::name).contains("河津开发区");
        assertThat(gbk.zones().get(0).aliases()).containsExactly("河津经济技术开发区", "河津经开区");
    }

    @Test
    @DisplayName("名称重复的名录被拒绝，指出行号和先前的行")
    void duplicateNameRefused() throws IOException {
        Path file = write("名称,类型,所属市,别名,所属开发区\n"
                + "河津开发区,工业类,运城市,河津经开区,\n"
                + "河津开发区,工业类,运城市,,\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ZoneRegistry.load(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("第3行")
                .hasMessageContaining("河津开发区")
                .hasMessageContaining("与第2行重复");
    }

    @Test
    @DisplayName("仅全角或空格不同的名称也算重复")
    void duplicateAfterNormalisationRefused() throws IOException {
        Path file = write("名称,类型,所属市,别名\n"
                + "运城市,全市,运城市,\n"
                + "河津开发区,工业类,运城市,\n"
                + " 运城市 ,全市,运城市,\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ZoneRegistry.load(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("第4行")
                .hasMessageContaining("与第2行重复");
    }

    @Test
    @DisplayName("缺少表头的名录被拒绝，指出第1行")
    void missingHeaderRefused() throws IOException {
        Path file = write("河津开发区,工业类,运城市,河津经开区,\n运城开发区,工业类,运城市,,\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ZoneRegistry.load(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("第1行")
                .hasMessageContaining("表头");
    }

    @Test
    @DisplayName("表头列不全的名录被拒绝")
    void incompleteHeaderRefused() throws IOException {
        Path file = write("名称,类型,所属市\n河津开发区,工业类,运城市\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ZoneRegistry.load(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("第1行");
    }

    @Test
    @DisplayName("空文件被拒绝")
    void emptyFileRefused() throws IOException {
        Path file = write("", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ZoneRegistry.load(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("第1行");
    }

    @Test
    @DisplayName("缺少类型的行被拒绝，行号计入引号内的换行")
    void missingTypeRefusedWithLine() throws IOException {
        Path file = write("名称,类型,所属市,别名\n"
                + "河津开发区,工业类,运城市,\"河津经开区;\n河津经济技术开发区\"\n"
                + "运城开发区,,运城市,\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ZoneRegistry.load(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("第4行")
                .hasMessageContaining("类型");
    }

    private Path write(String text, Charset charset) throws IOException {
        Path file = dir.resolve("zones.csv");
        Files.writeString(file, text, charset);
        return file;
    }
}
