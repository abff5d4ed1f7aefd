package cn.kaohe.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The API's description at /v3/api-docs and /swagger-ui.html. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ApiDocumentation {

    @Bean
    OpenAPI kaoheApi() {
        return new OpenAPI()
                .info(new Info().title("开发区考核 API").version("0.1.0")
                        .description("与网页相同的操作：导入数据、执行考核、读取结果、整改跟踪、导出。"
                                + "用 HTTP Basic（用户名和密码）登录；错误以 JSON 返回，含中文说明和出错的字段或行。"))
                .components(new Components().addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
