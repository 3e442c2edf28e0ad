package vn.thidua.ledger.ops.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.thidua.ledger.api.RefusedException;

/**
 * {@code /error} answers the errors the server forwards there; asked for by itself it is no page (404, as a
 * problem), where it used to answer 500 with a status of 999.
 */
@Configuration(proxyBeanMethods = false)
class NoErrorPageByItself implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/error");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getDispatcherType() == DispatcherType.REQUEST
                && request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
            throw new RefusedException(RefusedException.Reason.NOT_FOUND, "REFERENCE_EXISTS", null,
                    "Không có trang " + request.getRequestURI());
        }
        return true;
    }
}
