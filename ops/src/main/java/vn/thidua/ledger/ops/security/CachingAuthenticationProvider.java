package vn.thidua.ledger.ops.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Checks HTTP Basic credentials with the password hash once, then remembers for a short while that those exact
 * credentials were good (keyed by a SHA-256 of user and password, never the password itself). BCrypt takes
 * tens of milliseconds on purpose; paying that on every request of a busy API client would cap the node at a
 * few dozen requests per second. A changed password takes effect for clients still holding the old one once
 * their entry expires ({@code ttl}).
 */
final class CachingAuthenticationProvider implements AuthenticationProvider {

    private record Entry(Authentication authentication, long expiresAt) {
    }

    private static final int MAX_ENTRIES = 10_000;

    private final AuthenticationProvider delegate;
    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Entry> verified = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /** Counts {@link #clear}s, so that a check begun before one does not remember what it read. */
    private long generation;

    CachingAuthenticationProvider(AuthenticationProvider delegate, Duration ttl, Clock clock) {
        this.delegate = delegate;
        this.ttl = ttl;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        if (!(authentication.getCredentials() instanceof String password)) {
            return delegate.authenticate(authentication);
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > AccountController.MAX_PASSWORD_BYTES) {
            // no password set here is longer, and bcrypt would match a longer one by its first 72 bytes alone
            throw new org.springframework.security.authentication.BadCredentialsException("Bad credentials");
        }
        String key = key(authentication.getName(), password);
        long now = clock.millis();
        long seen;
        synchronized (verified) {
            Entry entry = verified.get(key);
            if (entry != null && entry.expiresAt() > now) {
                return entry.authentication();
            }
            seen = generation;
        }
        Authentication result = delegate.authenticate(authentication);
        if (result != null && result.isAuthenticated()) {
            synchronized (verified) {
                // a check that read the account before a change was cleared for must not outlive that change
                if (generation == seen) {
                    verified.put(key, new Entry(result, now + ttl.toMillis()));
                }
            }
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /**
     * Forgets every remembered credential, e.g. after a password change: now, and again once the transaction making
     * the change commits, since a check reading the account until then still reads it as it was.
     */
    void clear() {
        forget();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget();
                }
            });
        }
    }

    private void forget() {
        synchronized (verified) {
            generation++;
            verified.clear();
        }
    }

    private static String key(String user, String password) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest((user + '\0' + password).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
