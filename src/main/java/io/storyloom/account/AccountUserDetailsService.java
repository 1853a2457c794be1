package io.storyloom.account;

import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts for password sign-in, and stores a password's new hash when an older kind is upgraded. */
@Service
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return accounts.findByEmail(email.strip().toLowerCase(Locale.ROOT))
                .map(SignedInUser::of)
                .orElseThrow(() -> new UsernameNotFoundException("No account"));
    }

    /** Called after a successful sign-in whose stored hash is of an older kind (BCrypt) or weaker settings. */
    @Override
    public UserDetails updatePassword(UserDetails user, String newHash) {
        var signedIn = (SignedInUser) user;
        // Only over the hash just checked: a password changed meanwhile is never overwritten.
        accounts.replacePasswordHash(signedIn.id(), signedIn.getPassword(), newHash);
        return new SignedInUser(signedIn.id(), signedIn.email(), signedIn.displayName(), newHash);
    }
}
