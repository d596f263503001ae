package io.certflow.sandbox.control;

import io.certflow.sandbox.account.AccountSettings;
import io.certflow.sandbox.account.AccountStore;
import io.certflow.sandbox.account.AccountView;
import io.certflow.sandbox.calls.CallLog;
import io.certflow.sandbox.calls.CallRecord;
import io.certflow.sandbox.config.RuntimeSettings;
import io.certflow.sandbox.config.Settings;
import io.certflow.sandbox.fault.FaultSettings;
import io.certflow.sandbox.fault.FaultSwitchboard;
import io.certflow.sandbox.product.Product;
import io.certflow.sandbox.product.ProductCatalogue;
import io.certflow.sandbox.push.PushLog;
import io.certflow.sandbox.push.PushRecord;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.Collection;
import java.util.List;

/** Inspection and control: accounts, calls, pushes, faults, settings, products, reset. */
@Controller("/sandbox")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ControlController {

    private final AccountStore accounts;
    private final CallLog calls;
    private final PushLog pushes;
    private final FaultSwitchboard faults;
    private final RuntimeSettings settings;
    private final ProductCatalogue catalogue;
    private final SandboxReset reset;

    public ControlController(AccountStore accounts, CallLog calls, PushLog pushes, FaultSwitchboard faults,
                             RuntimeSettings settings, ProductCatalogue catalogue, SandboxReset reset) {
        this.accounts = accounts;
        this.calls = calls;
        this.pushes = pushes;
        this.faults = faults;
        this.settings = settings;
        this.catalogue = catalogue;
        this.reset = reset;
    }

    @Get("/accounts")
    public List<AccountView> accounts() {
        return accounts.all().stream().map(a -> a.view()).toList();
    }

    @Get("/accounts/{loginName}")
    public HttpResponse<AccountView> account(String loginName) {
        return accounts.find(loginName).map(a -> HttpResponse.ok(a.view())).orElseGet(HttpResponse::notFound);
    }

    @Put("/accounts/{loginName}")
    public AccountView putAccount(String loginName, @Body AccountSettings change) {
        return accounts.upsert(loginName, change).view();
    }

    @Get("/calls")
    public List<CallRecord> calls() {
        return calls.all();
    }

    @Get("/pushes")
    public List<PushRecord.View> pushes() {
        return pushes.all();
    }

    @Get("/faults")
    public FaultSettings faults() {
        return faults.settings();
    }

    @Put("/faults")
    public FaultSettings changeFaults(@Body FaultSettings change) {
        return faults.change(change);
    }

    @Get("/settings")
    public Settings settings() {
        return settings.get();
    }

    @Put("/settings")
    public Settings changeSettings(@Body Settings change) {
        return settings.change(change);
    }

    @Get("/products")
    public Collection<Product> products() {
        return catalogue.all();
    }

    @Post(uri = "/reset", consumes = MediaType.ALL)
    public HttpResponse<?> reset() {
        reset.reset();
        return HttpResponse.noContent();
    }
}
