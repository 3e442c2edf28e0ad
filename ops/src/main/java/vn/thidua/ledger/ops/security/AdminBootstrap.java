package vn.thidua.ledger.ops.security;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.stereotype.Component;

/**
 * Makes sure user {@code admin} exists before the node serves requests. Its password is
 * {@code THIDUA_ADMIN_PASSWORD} when given (and then also resets a forgotten one); otherwise one is
 * generated at the first start and printed that once.
 */
@Component
@DependsOnDatabaseInitialization
class AdminBootstrap implements InitializingBean {

    static final String ADMIN = "admin";
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final JdbcUserDetailsManager users;
    private final PasswordEncoder encoder;
    private final CachingAuthenticationProvider verifiedCredentials;
    private final String configuredPassword;
    private final AccountChanges changes;

    AdminBootstrap(JdbcUserDetailsManager users, PasswordEncoder encoder,
                   CachingAuthenticationProvider verifiedCredentials,
                   @Value("${thidua.admin-password:}") String configuredPassword, AccountChanges changes) {
        this.changes = changes;
        this.users = users;
        this.verifiedCredentials = verifiedCredentials;
        this.encoder = encoder;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void afterPropertiesSet() {
        boolean configured = !configuredPassword.isBlank();
        if (users.userExists(ADMIN)) {
            UserDetails admin = users.loadUserByUsername(ADMIN);
            if (configured && !encoder.matches(configuredPassword, admin.getPassword())) {
                users.updateUser(withPassword(configuredPassword));
                verifiedCredentials.clear();
                changes.record(null, ADMIN, AccountChanges.Change.PASSWORD_SET_AT_START);
                log.info("Password of user '{}' set from THIDUA_ADMIN_PASSWORD", ADMIN);
            }
            return;
        }
        String password = configured ? configuredPassword : generate();
        try {
            users.createUser(withPassword(password));
        } catch (DuplicateKeyException anotherNodeWasFirst) {
            return;
        }
        changes.record(null, ADMIN, AccountChanges.Change.OPENED);
        if (!configured) {
            // printed once, on purpose: it is stored only as a hash
            String banner = "\n==================================================================\n"
                    + " Thi Đua Ledger: user 'admin' created with generated password:\n"
                    + "     " + password + "\n"
                    + " It is shown only this once. Set THIDUA_ADMIN_PASSWORD to choose one.\n"
                    + "==================================================================\n";
            System.out.println(banner);
            log.warn("Generated the password of user 'admin' (printed above, once)");
        }
    }

    private UserDetails withPassword(String password) {
        return User.withUsername(ADMIN).password(encoder.encode(password)).roles("ADMIN").build();
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
