package io.certflow.sandbox.account;

import io.certflow.sandbox.protocol.Errors;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Accounts in memory; balances change atomically per account. */
@Singleton
public class AccountStore {

    private final DefaultAccountProperties defaults;
    private final Map<String, Account> accounts = new ConcurrentHashMap<>();

    public AccountStore(DefaultAccountProperties defaults) {
        this.defaults = defaults;
        reset();
    }

    public void reset() {
        accounts.clear();
        Account account = defaults.toAccount();
        accounts.put(account.loginName(), account);
    }

    /** Login names and passwords are case-sensitive, as Sectigo documents. */
    public Optional<Account> authenticate(String loginName, String password) {
        Account account = accounts.get(loginName);
        if (account == null || !MessageDigest.isEqual(bytes(account.password()), bytes(password))) {
            return Optional.empty();
        }
        return Optional.of(account);
    }

    public Optional<Account> find(String loginName) {
        return Optional.ofNullable(accounts.get(loginName));
    }

    public Collection<Account> all() {
        return List.copyOf(accounts.values());
    }

    public Account upsert(String loginName, AccountSettings settings) {
        Account blank = new Account(loginName, "", BigDecimal.ZERO, false, null, null, null, false);
        return accounts.compute(loginName, (name, current) -> settings.applyTo(current == null ? blank : current));
    }

    /** Debits the account or fails with -15, in one atomic step. */
    public void charge(String loginName, BigDecimal amount) {
        accounts.compute(loginName, (name, account) -> {
            if (account.balance().compareTo(amount) < 0) {
                throw Errors.notEnoughCredit();
            }
            return account.withBalance(account.balance().subtract(amount));
        });
    }

    public void refund(String loginName, BigDecimal amount) {
        accounts.computeIfPresent(loginName, (name, account) -> account.withBalance(account.balance().add(amount)));
    }

    private static byte[] bytes(String text) {
        return text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
    }
}
