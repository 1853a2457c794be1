package io.storyloom.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.DelegatingIndexResolver;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SingleIndexResolver;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Browser sessions live in the database (Spring Session JDBC, tables from the migrations), so every web
 * process serves every signed-in browser. Each session is indexed by its account's id rather than
 * the email, so {@link AccountSessions} finds them all however the account signed in.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionsByAccount() {
        return repository -> repository.setIndexResolver(new DelegatingIndexResolver<>(new ByAccount()));
    }

    /** The signed-in account's id, as the session's principal name. */
    static final class ByAccount extends SingleIndexResolver<Session> {

        private static final String CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

        ByAccount() {
            super(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME);
        }

        @Override
        public String resolveIndexValueFor(Session session) {
            return session.getAttribute(CONTEXT) instanceof SecurityContext context
                    && context.getAuthentication() != null
                    && context.getAuthentication().getPrincipal() instanceof SignedInUser user
                    ? user.id().toString() : null;
        }
    }
}
