package vn.thidua.ledger.ops.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.thidua.ledger.command.dispatch.MetaDataKeys;

/**
 * Leaves the signed-in account's role and unit scope on the request, where the command side reads them into the
 * metadata of every event the request stores (and checks the scope against what the events concern).
 */
final class AccountAttributes extends OncePerRequestFilter {

    /** The pseudo-authority the account's unit scope is loaded as, with the unit's id after it. */
    static final String UNIT_SCOPE_PREFIX = "UNIT_SCOPE:";

    /** The unit an account is limited to, loaded as a pseudo-authority; null for the whole organisation. */
    static String scopeOf(Authentication authentication) {
        if (authentication == null) {
            return null;
        }
        for (GrantedAuthority granted : authentication.getAuthorities()) {
            String authority = granted.getAuthority();
            if (authority != null && authority.startsWith(UNIT_SCOPE_PREFIX)) {
                return authority.substring(UNIT_SCOPE_PREFIX.length());
            }
        }
        return null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()) {
            String scope = scopeOf(authentication);
            if (scope != null) {
                request.setAttribute(MetaDataKeys.UNIT_SCOPE_ATTRIBUTE, scope);
            }
            Role strongest = null;
            for (GrantedAuthority granted : authentication.getAuthorities()) {
                String authority = granted.getAuthority();
                for (Role role : Role.values()) {
                    if (role.authority().equals(authority) && (strongest == null || role.compareTo(strongest) > 0)) {
                        strongest = role;
                    }
                }
            }
            if (strongest != null) {
                request.setAttribute(MetaDataKeys.ROLE_ATTRIBUTE, strongest.name());
            }
        }
        chain.doFilter(request, response);
    }
}
