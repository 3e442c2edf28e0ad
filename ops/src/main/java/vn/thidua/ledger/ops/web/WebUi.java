package vn.thidua.ledger.ops.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The web UI's addresses: {@code /login} is its sign-in page (API.md: "a login page for the web UI"). */
@Configuration(proxyBeanMethods = false)
class WebUi implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        // ?next= (where to go once signed in) goes along
        registry.addRedirectViewController("/login", "/login.html").setKeepQueryParams(true);
    }
}
