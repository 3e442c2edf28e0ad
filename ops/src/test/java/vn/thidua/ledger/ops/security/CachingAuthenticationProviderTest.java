package vn.thidua.ledger.ops.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

class CachingAuthenticationProviderTest {

    private final AtomicInteger checks = new AtomicInteger();
    private final AuthenticationProvider passwords = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication a) {
            checks.incrementAndGet();
            if (!"đúng".equals(a.getCredentials())) {
                throw new BadCredentialsException("sai");
            }
            return UsernamePasswordAuthenticationToken.authenticated(a.getName(), null, java.util.List.of());
        }

        @Override
        public boolean supports(Class<?> type) {
            return true;
        }
    };

    private static Authentication basic(String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated("admin", password);
    }

    @Test
    void goodCredentialsAreHashCheckedOnceWithinTheirTimeToLive() {
        var provider = new CachingAuthenticationProvider(passwords, Duration.ofMinutes(5), Clock.systemUTC());
        provider.authenticate(basic("đúng"));
        provider.authenticate(basic("đúng"));
        assertThat(checks).hasValue(1);
    }

    @Test
    void aCheckThatReadTheAccountBeforeAChangeIsNotRememberedAfterIt() {
        CachingAuthenticationProvider[] provider = {null};
        AuthenticationProvider changedWhileChecking = new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication a) {
                Authentication good = passwords.authenticate(a);
                if (checks.get() == 1) {
                    provider[0].clear(); // the account is disabled while its old row is being read
                }
                return good;
            }

            @Override
            public boolean supports(Class<?> type) {
                return true;
            }
        };
        provider[0] = new CachingAuthenticationProvider(changedWhileChecking, Duration.ofMinutes(5), Clock.systemUTC());
        provider[0].authenticate(basic("đúng"));
        provider[0].authenticate(basic("đúng"));
        assertThat(checks).as("the second request reads the account again").hasValue(2);
    }

    @Test
    void aChangeInATransactionIsForgottenAgainWhenItCommits() {
        var provider = new CachingAuthenticationProvider(passwords, Duration.ofMinutes(5), Clock.systemUTC());
        org.springframework.transaction.support.TransactionSynchronizationManager.initSynchronization();
        try {
            provider.clear();
            provider.authenticate(basic("đúng")); // read before the change commits: the old row
            for (var synchronization : org.springframework.transaction.support.TransactionSynchronizationManager
                    .getSynchronizations()) {
                synchronization.afterCompletion(
                        org.springframework.transaction.support.TransactionSynchronization.STATUS_COMMITTED);
            }
        } finally {
            org.springframework.transaction.support.TransactionSynchronizationManager.clearSynchronization();
        }
        provider.authenticate(basic("đúng"));
        assertThat(checks).as("the request after the commit reads the account again").hasValue(2);
    }

    @Test
    void wrongCredentialsAreNeverRemembered() {
        var provider = new CachingAuthenticationProvider(passwords, Duration.ofMinutes(5), Clock.systemUTC());
        provider.authenticate(basic("đúng"));
        assertThatThrownBy(() -> provider.authenticate(basic("sai"))).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> provider.authenticate(basic("sai"))).isInstanceOf(BadCredentialsException.class);
        assertThat(checks).hasValue(3);
    }

    @Test
    void rememberedCredentialsExpire() {
        Clock[] clock = {Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC)};
        Clock moving = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return clock[0].instant();
            }
        };
        var provider = new CachingAuthenticationProvider(passwords, Duration.ofMinutes(5), moving);
        provider.authenticate(basic("đúng"));
        clock[0] = Clock.offset(clock[0], Duration.ofMinutes(6));
        provider.authenticate(basic("đúng"));
        assertThat(checks).hasValue(2);
    }
}
